package crmj.cib.agent;

/** Which agent names may be turned into paths or program arguments. */
final class AgentNames {
    private AgentNames() {
    }

    /** A single path component: not empty, no slash, no control character, no leading dot or dash. */
    static boolean isPlain(String name) {
        return isArgument(name) && name.indexOf('/') < 0 && name.charAt(0) != '.';
    }

    /**
     * Safe as a program argument that must not be read as an option or a path out of a directory: not empty,
     * no leading dash, no {@code ..} component, no whitespace or control character. Slashes are allowed
     * ({@code external/ssh}).
     */
    static boolean isArgument(String name) {
        if (name.isEmpty() || name.charAt(0) == '-' || name.charAt(0) == '/') {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return name.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
