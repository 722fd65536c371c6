/*
 * Parser for the crm configure language (crmsh 4.4.1): one command per line.
 * Parse tree only; crmj.cib.text.CibBuilder maps it to the immutable model.
 */
parser grammar CrmParser;

options { tokenVocab = CrmLexer; }

@members {
    /** True when the next token is a KEY spelled NAME= for one of the names (case-insensitive). */
    protected boolean keyIs(String... names) {
        org.antlr.v4.runtime.Token t = _input.LT(1);
        if (t.getType() != KEY) {
            return false;
        }
        for (String name : names) {
            if (t.getText().equalsIgnoreCase(name + "=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a description follows: description= (any case) and a value that is not empty once unquoted, as
     * crmsh's description=(.+) matches the shell-split word. Otherwise {@code description=""} is an nvpair of
     * the object's first attribute set (params, attributes), or an error where there is none.
     */
    protected boolean descriptionNext() {
        if (!keyIs("description")) {
            return false;
        }
        org.antlr.v4.runtime.Token v = _input.LT(2);
        return v.getType() == VALUE && !v.getText().matches("(\"\"|'')+");
    }
}

// ---------------------------------------------------------------- entries

standaloneLine      : line EOF ;
standaloneObject    : object EOF ;
standaloneRule      : ruleDef EOF ;
standaloneNvpairs   : nvpair* EOF ;
standaloneConstraint: constraint EOF ;

line
    : COMMENT          #commentLine
    | object           #objectLine
    | command          #commandLine
    ;

// ---------------------------------------------------------------- objects

object
    : node
    | primitive
    | rscTemplate
    | group
    | clone
    | bundle
    | constraint
    | monitor
    | propertySet
    | fencingTopology
    | tag
    | alert
    | aclRole
    | aclTarget
    | aclUser
    | xmlObject
    ;

node
    : NODE (nodeId=LABEL | idSpec)? uname=value description? nodeArguments
    ;

nodeArguments
    : implicit=attrList (nodeSection attrList)*
    ;

nodeSection : ATTRIBUTES | UTILIZATION ;

primitive
    : PRIMITIVE id=identifier (AT template=identifier | agent=agentSpec) description? resourceArguments
    ;

rscTemplate
    : RSC_TEMPLATE id=identifier agent=agentSpec description? resourceArguments
    ;

agentSpec : word (COLON word)* ;

// The first attribute list may omit its "params" keyword (crmsh's implicit initial list).
resourceArguments
    : implicit=attrList resourceSection*
    ;

resourceSection
    : PARAMS attrList                          #paramsSection
    | META attrList                            #metaSection
    | UTILIZATION attrList                     #utilizationSection
    | OPERATIONS idSpec                        #operationsSection
    | operation                                #operationSection
    ;

operation
    : OP name=word nvpair* opAttrSection*
    ;

opAttrSection
    : OP_PARAMS attrList                       #opParamsSection
    | OP_META attrList                         #opMetaSection
    ;

group
    : GROUP id=identifier members+=groupMember* description? resourceArguments
    ;

clone
    : kind=(CLONE | MS | MASTER) id=identifier child=memberRef description? resourceArguments
    ;

bundle
    : BUNDLE id=identifier (description | emptyDescription)? bundleSection*
    ;

bundleSection
    : kind=(DOCKER | RKT | PODMAN | NETWORK | STORAGE) bundleItem*   #containerSection
    | META attrList                                                  #bundleMetaSection
    | PRIMITIVE memberRef                                            #bundlePrimitiveSection
    ;

bundleItem : nvpair ;

// [$id=ID | $id-ref=ID] [SCORE:] [rule...] [name=value | name ...]
attrList
    : idSpec? score=LABEL? ruleDef* nvpair*
    ;

idSpec : {keyIs("\u0024id", "\u0024id-ref")}? KEY VALUE ;

nvpair
    : KEY VALUE?                               #valuedPair
    | AT ref=word                              #referencePair
    | name=WORD                                #namePair
    ;

description : {descriptionNext()}? KEY VALUE ;

// description="" where no attribute set can take it: refused with its own message (crmsh: a syntax error)
emptyDescription : {keyIs("description")}? KEY VALUE? ;

// ---------------------------------------------------------------- rules

ruleDef
    : RULE (ruleAttr)* (score=LABEL? ruleExpression ((AND | OR) ruleExpression)*)?
    ;

ruleAttr : {keyIs("\u0024id", "\u0024id-ref", "\u0024role", "role")}? KEY VALUE ;

ruleExpression
    : DATE op=word dateArgs                    #dateExpression
    | (DEFINED | NOT_DEFINED) attribute=word   #unaryExpression
    | attribute=word operator=binaryOperator val=value   #binaryExpression
    ;

dateArgs
    : dateKey VALUE (dateKey VALUE)*           #dateNamedArgs
    | value                                    #dateValue
    ;

dateKey
    : {keyIs("start", "end", "hours", "monthdays", "weekdays", "yearsdays", "months", "weeks", "years",
             "weekyears", "moon")}? KEY
    ;

binaryOperator : (type=WORD COLON)? op=WORD ;

// ---------------------------------------------------------------- constraints

constraint
    : LOCATION id=identifier locationResource locationAttr* locationTarget          #location
    | (COLOCATION | COLLOCATION) id=identifier score=LABEL setItem+                #colocation
    | ORDER id=identifier score=LABEL? setItem+                                    #order
    | RSC_TICKET id=identifier ticket=LABEL setItem+                               #rscTicket
    ;

locationResource
    : LBRACE setItem+ RBRACE                  #locationSet
    | PATTERN                                 #locationPattern
    | resource=resourceRef                    #locationPlain
    ;

locationAttr : KEY VALUE ;

locationTarget
    : score=LABEL nodeName=word locationAttr?   #locationNode
    | ruleDef+                                     #locationRules
    ;

setItem
    : LPAREN setMember+ RPAREN                #sequentialFalseSet
    | LBRACK setMember+ RBRACK                #requireAllFalseSet
    | setMember                               #plainSetItem
    ;

setMember
    : resourceRef                             #setResource
    | KEY VALUE                               #setAttribute
    ;

resourceRef : name=identifier (COLON qualifier=word)? ;

// ---------------------------------------------------------------- others

monitor : MONITOR resource=resourceRef timing=value ;

propertySet
    : kind=(PROPERTY | RSC_DEFAULTS | OP_DEFAULTS) (setId=LABEL | idSpec)? ruleDef* nvpair*
    ;

fencingTopology
    : FENCING_TOPOLOGY fencingItem*
    ;

fencingItem
    : LABEL                                    #fencingTarget
    | KEY VALUE                                #fencingAttributeTarget
    | word COLON value                         #fencingPatternTarget
    | value                                    #fencingDevices
    ;

tag : TAG (tagId=LABEL | id=identifier) memberRef+ ;

alert
    : ALERT id=identifier path=value (description | emptyDescription)? alertSection*
    ;

alertSection
    : ATTRIBUTES attrList                     #alertAttributes
    | META attrList                           #alertMeta
    | SELECT alertSelector*                   #alertSelect
    | TO LBRACE recipient RBRACE              #alertRecipientBraced
    | TO recipient                            #alertRecipient
    ;

// "attributes" without "{" ends the select and starts the alert's attributes section (crmsh rewinds to it)
alertSelector
    : kind=WORD (LBRACE word* RBRACE)?
    | kind=ATTRIBUTES LBRACE word* RBRACE
    ;

recipient
    : path=value (description | emptyDescription)? recipientSection*
    ;

recipientSection
    : ATTRIBUTES attrList                     #recipientAttributes
    | META attrList                           #recipientMeta
    ;

aclRole
    : ROLE id=identifier (description | emptyDescription)? permission*
    ;

permission
    : right=(READ | WRITE | DENY) (permId=LABEL | idSpec)? description? aclSpec*
    ;

aclSpec : aclWord (COLON value)* ;

aclWord : WORD | META | PARAMS | UTILIZATION | NODE | TAG | PROPERTY | LOCATION ;

aclTarget : kind=(ACL_TARGET | ACL_GROUP) id=identifier identifier* ;

aclUser : USER id=identifier aclUserItem* ;

aclUserItem
    : ROLE COLON identifier                   #aclUserRole
    | permission                              #aclUserRight
    ;

xmlObject : XML xmlToken+ ;

xmlToken : ~NL ;

// ---------------------------------------------------------------- commands

// Configure-level commands (show, delete, commit, ...) are dispatched by the shell's
// command registry; the grammar only delimits their words.
command : commandWord commandArgument* ;

commandWord : WORD ;

commandArgument : ~NL ;

// ---------------------------------------------------------------- words

value : valuePart (COLON valuePart)* ;

valuePart : WORD | STRING | PATTERN | nonReserved | LPAREN | RPAREN ;

word : WORD | nonReserved ;

identifier : WORD | nonReserved ;

// A group member: crmsh takes every word up to params, meta or a name=value.
groupMember : WORD | softKeyword | UTILIZATION | ATTRIBUTES | OPERATIONS | OP | OP_PARAMS | OP_META | RULE ;

// A resource reference: any word but the keywords that open a section.
memberRef : WORD | softKeyword ;

softKeyword
    : NODE | PRIMITIVE | GROUP | CLONE | MS | MASTER | RSC_TEMPLATE | BUNDLE | LOCATION
    | COLOCATION | COLLOCATION | ORDER | RSC_TICKET | PROPERTY | RSC_DEFAULTS | OP_DEFAULTS
    | FENCING_TOPOLOGY | TAG | ALERT | ROLE | ACL_TARGET | ACL_GROUP | USER | MONITOR | XML
    | AND | OR | DATE | DEFINED | NOT_DEFINED | DOCKER | RKT | PODMAN | NETWORK | STORAGE
    | SELECT | TO | READ | WRITE | DENY
    ;

nonReserved
    : softKeyword
    | PARAMS | META | UTILIZATION | ATTRIBUTES | OPERATIONS | OP | OP_PARAMS | OP_META | RULE
    ;
