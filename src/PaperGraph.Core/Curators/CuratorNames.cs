namespace PaperGraph.Core.Curators;

/// <summary>What a curator's name may be: it appears in the audit log, the app bar and sign-in cookies, so it is short
/// and plain. Names are compared ignoring case, so "Ada" and "ada" cannot be two curators.</summary>
public static class CuratorNames
{
    public const int MaximumLength = 64;

    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>Why <paramref name="name"/> cannot name a curator, or null when it can.</summary>
    public static string? Problem(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "a curator's name must not be empty";
        }
        if (name.Length > MaximumLength)
        {
            return $"a curator's name has at most {MaximumLength} characters";
        }
        if (!char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            return $"'{name}' is not a curator name: use a letter, then letters, digits, '.', '-' or '_'";
        }
        return null;
    }
}
