namespace PaperGraph.Core.Curators;

/// <summary>Where curator accounts are kept (section <c>PaperGraph:Curators</c> in the web app, <c>--accounts</c> in the CLI).</summary>
public sealed class CuratorAccountsOptions
{
    public const string DefaultFileName = "curators.json";

    /// <summary>The accounts file; when empty, <see cref="DefaultFileName"/> beside the SQLite database.</summary>
    public string? Path { get; set; }

    /// <summary><paramref name="configured"/>, or the default file in the folder of <paramref name="databasePath"/>.</summary>
    public static string Resolve(string? configured, string databasePath) =>
        string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(databasePath)) ?? ".", DefaultFileName)
            : System.IO.Path.GetFullPath(configured);
}
