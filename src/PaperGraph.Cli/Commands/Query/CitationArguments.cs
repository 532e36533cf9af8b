using System.CommandLine;

namespace PaperGraph.Cli.Commands.Query;

/// <summary>The PAPER argument of the citation commands.</summary>
internal static class CitationArguments
{
    public static Argument<string> Paper() => new("PAPER")
    {
        Description = "A paper id (doi:..., arxiv:..., openalex:W..., s2:...), its exact title, or words of the title (best match)",
    };
}
