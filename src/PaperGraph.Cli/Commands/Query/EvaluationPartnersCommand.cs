using System.CommandLine;
using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Query;

/// <summary><c>papergraph query methods-on DATASET</c> and <c>papergraph query datasets-of METHOD</c>
/// (<c>[--limit N] [--json]</c>): the two directions of the method–dataset pairs.</summary>
internal static class EvaluationPartnersCommand
{
    public static Command MethodsOn(CliContext context) => Create(context, "methods-on", EntityType.Dataset, EntityType.Method,
        "DATASET", "Dataset name or alias (\"ImageNet\", \"CIFAR-10\")",
        "The methods evaluated on a dataset: those that papers evaluated on it propose or use, with the number of such " +
        "papers (most first) and the best result they report on it (on the metric reported most; cost figures never count).");

    public static Command DatasetsOf(CliContext context) => Create(context, "datasets-of", EntityType.Method, EntityType.Dataset,
        "METHOD", "Method name or alias (\"ResNet\", \"ViT\")",
        "The datasets a method is evaluated on: those of the papers that propose or use it, with the number of such papers " +
        "(most first) and the best result they report on each (on the metric reported most; cost figures never count).");

    private static Command Create(
        CliContext context, string commandName, EntityType asked, EntityType listed, string argumentName, string argumentHelp, string description)
    {
        var name = new Argument<string>(argumentName) { Description = argumentHelp };
        var limit = CommonOptions.Limit(EvaluationPartnerService.DefaultLimit, $"{listed}s listed");
        var command = new Command(commandName, description) { name, limit };
        command.SetQueryAction(context,
            (parse, queries, ct) => queries.Get<EvaluationPartnerService>().GetAsync(parse.GetValue(name)!, asked, parse.GetValue(limit), ct),
            (console, answer) => Render(console, answer, listed),
            parse => $"no {asked.ToString().ToLowerInvariant()} named \"{parse.GetValue(name)}\"");
        return command;
    }

    private static void Render(IAnsiConsole console, EvaluationPartners answer, EntityType listed)
    {
        var table = new Table()
            .Title($"{answer.Entity.Name}: {answer.Partners.Count:N0} {listed.ToString().ToLowerInvariant()}s")
            .AddColumns(listed.ToString(), "Papers", "Best reported result", "Reported by");
        foreach (var partner in answer.Partners)
        {
            var best = partner.BestResult;
            var name = partner.Variant is { } variant ? $"{partner.Entity.Name} (on variant {variant.Name})" : partner.Entity.Name;
            table.AddTextRow(name, partner.Papers.ToString("N0"), best?.Text ?? "no number", best is null ? "" : TableText.TitleWithYear(best.Paper));
        }
        console.Write(table);
    }
}
