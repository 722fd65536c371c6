# bash completion for crmj's crm (generated from the command registry; do not edit).
# Source it explicitly: crmsh installs its own completion for the name crm.
_crmj_crm() {
    local cur="${COMP_WORDS[COMP_CWORD]}"
    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "? back bye cd cib configure end exit help ls node options quit ra resource simulate status up" -- "$cur"))
        return 0
    fi
    if [[ $COMP_CWORD -eq 2 && ${COMP_WORDS[1]} == configure ]]; then
        COMPREPLY=($(compgen -W "? _test acl_target alert back bundle bye cd clone collocation colocation commit delete edit end erase exit fencing_topology filter group help load location ls master modgroup monitor ms node op_defaults order primitive property ptest quit refresh rename rm role rsc_defaults rsc_template rsc_ticket save schema set show simulate tag up upgrade verify xml" -- "$cur"))
        return 0
    fi
    if [[ $COMP_CWORD -eq 2 && ${COMP_WORDS[1]} == node ]]; then
        COMPREPLY=($(compgen -W "? attribute back bye cd delete end exit help list ls maintenance online quit ready show standby status-attr up utilization" -- "$cur"))
        return 0
    fi
    if [[ $COMP_CWORD -eq 2 && ${COMP_WORDS[1]} == resource ]]; then
        COMPREPLY=($(compgen -W "? back ban bye cd cleanup clear demote end exit failcount help list locate ls manage meta migrate move param promote quit restart show start status stop unmanage unmigrate up utilization" -- "$cur"))
        return 0
    fi
    if [[ $COMP_CWORD -eq 2 && ${COMP_WORDS[1]} == ra ]]; then
        COMPREPLY=($(compgen -W "? back bye cd classes end exit help info list ls meta providers quit up" -- "$cur"))
        return 0
    fi
    if [[ $COMP_CWORD -eq 2 && ${COMP_WORDS[1]} == options ]]; then
        COMPREPLY=($(compgen -W "? add-quotes add_quotes back bye cd check-frequency check-mode check_frequency check_mode colorscheme editor end exit help list ls manage-children manage_children output pager quit reset save set show skill-level skill_level sort-elements sort_elements up user wait" -- "$cur"))
        return 0
    fi
    if [[ $COMP_CWORD -eq 2 && ${COMP_WORDS[1]} == cib ]]; then
        COMPREPLY=($(compgen -W "? back bye cd commit delete diff end exit help list ls new quit reset up use" -- "$cur"))
        return 0
    fi
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" --complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)" -- "$cur"))
}
complete -o nospace -F _crmj_crm crm
