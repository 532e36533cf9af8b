namespace PaperGraph.Cli.Commands;

/// <summary>Progress of a long copy on stderr: a line each time another <see cref="Every"/> papers are done, so a log
/// of millions of papers stays short.</summary>
internal static class PaperProgress
{
    public const int Every = 10_000;

    public static Action<int> Reporter(CliConsole console, string doing)
    {
        var reported = 0;
        return papers =>
        {
            if (papers / Every > reported / Every)
            {
                console.Error.WriteLine($"{papers:N0} papers {doing}");
                reported = papers;
            }
        };
    }
}
