using System.CommandLine;

namespace PaperGraph.Cli.Commands.Curation;

/// <summary><c>papergraph mark-variant CHILD PARENT</c>.</summary>
internal static class MarkVariantCommand
{
    public static Command Create(CliContext context)
    {
        var child = CurationArguments.Entity("CHILD", "The variant (\"ImageNet-1K\")");
        var parent = CurationArguments.Entity("PARENT", "What it is a variant of (\"ImageNet\")");
        var command = new Command("mark-variant",
            "Records that CHILD is a variant of PARENT, not a duplicate: both stay, and PARENT's page and leaderboard include CHILD's papers.")
        {
            child, parent,
        };
        command.SetCurationAction(context, (parse, curation, request, ct) => curation.MarkVariantAsync(parse.GetValue(child)!, parse.GetValue(parent)!, request, ct));
        return command;
    }
}
