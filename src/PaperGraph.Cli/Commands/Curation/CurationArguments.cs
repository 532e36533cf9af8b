using System.CommandLine;
using PaperGraph.Core.Model;

namespace PaperGraph.Cli.Commands.Curation;

/// <summary>Arguments shared by the curation commands, built fresh for each (an argument belongs to one command).</summary>
internal static class CurationArguments
{
    public static Argument<string> Entity(string name, string description) => new(name)
    {
        Description = $"{description}: a key (\"dataset:imagenet1k\") or a name or alias (\"ImageNet-1K\"); an ambiguous name is refused listing the keys it could mean",
    };

    public static Argument<string> Paper() => new("PAPER") { Description = "Paper id (\"title:...\", \"doi:...\", \"arxiv:...\"), as query paper --json shows it" };

    public static Argument<RelationType> Role() => new("ROLE") { Description = "Relation: Proposes, Uses, EvaluatedOn, Mentions, Addresses or Reports" };

    public static Argument<long> Entry(string description) => new("ENTRY") { Description = description };
}
