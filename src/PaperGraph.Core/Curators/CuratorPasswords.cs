namespace PaperGraph.Core.Curators;

/// <summary>What a curator's password must be: long enough that the hash is not guessed offline.</summary>
public static class CuratorPasswords
{
    public const int MinimumLength = 10;

    /// <summary>Why <paramref name="password"/> cannot be a curator's password, or null when it can.</summary>
    public static string? Problem(string password) =>
        password.Length < MinimumLength ? $"a curator's password has at least {MinimumLength} characters" : null;
}
