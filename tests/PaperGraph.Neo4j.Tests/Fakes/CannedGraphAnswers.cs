namespace PaperGraph.Neo4j.Tests.Fakes;

/// <summary>Answers every catalogued statement with a small plausible result (one paper on ImageNet with a result),
/// so that exercising a store member reaches each statement it can send. Unknown statements get an empty result.</summary>
public static class CannedGraphAnswers
{
    private const string PaperId = "doi:10.1/resnet";

    private static readonly Dictionary<string, string> NameByText = Neo4jStatementCatalog.All()
        .ToDictionary(statement => statement.Text, statement => statement.Name, StringComparer.Ordinal);

    private static readonly string[] Entity = ["key", "type", "name"];

    private static readonly string[] ResultFields =
    [
        "datasetKey", "datasetType", "datasetName", "metric", "value", "unit", "lowerIsBetter", "qualifier", "condition", "setting",
        "isCost", "sentenceStart", "sentenceEnd", "spanStart", "spanEnd", "valueText",
    ];

    private static readonly object?[] ResultValues =
        ["dataset:imagenet", "Dataset", "ImageNet", "top-1 error", 20.5, "%", true, "", null, "", false, 0, 10, 0, 5, "20.50"];

    public static FakeQueryApi Server() => new() { Otherwise = Answer };

    public static HttpResponseMessage Answer(RecordedRequest request)
    {
        if (request.Statement is null)
        {
            return request.Method == HttpMethod.Post && request.Path.EndsWith("/tx", StringComparison.Ordinal)
                ? QueryApiAnswers.TransactionOpened("tx-1", "member-2")
                : QueryApiAnswers.Empty();
        }
        return NameByText.GetValueOrDefault(request.Statement) switch
        {
            "entities.by-key" => ByKey(request),
            "entities.by-name" => QueryApiAnswers.Rows(Entity, [["dataset:imagenet", "Dataset", "ImageNet"]]),
            "entities.page" => QueryApiAnswers.Rows([.. Entity, "names", "parentKey", "parentType", "parentName"],
                [["dataset:imagenet", "Dataset", "ImageNet", new[] { "ImageNet", "ILSVRC" }, null, null, null]]),
            "entities.family" => QueryApiAnswers.Rows([.. Entity, "depth"], [["dataset:imagenet", "Dataset", "ImageNet", 0]]),
            "entities.papers" => QueryApiAnswers.Rows(["id", "title", "year", "role"], [[PaperId, "Deep Residual Learning", 2016, "REPORTS"]]),
            "entities.paper-total" => QueryApiAnswers.Rows(["total"], [[1]]),
            "entities.top" => Top(request),
            "paper-writes.existing" => Existing(request),
            "store-state.version" or "store-state.bump-version" => QueryApiAnswers.Rows(["version"], [[7]]),
            "reports-on.scores" => QueryApiAnswers.Rows(["dataset", "setting", "metricKey", "score", "paper", "isCost"],
                [["dataset:imagenet", "", "top1error", 20.5, PaperId, false]]),
            "reports-on.page-papers" => QueryApiAnswers.Rows(["id", "title", "year"], [[PaperId, "Deep Residual Learning", 2016]]),
            "reports-on.page-results" => QueryApiAnswers.Rows(["paper", "metricKey", "score", "abstract", .. ResultFields],
                [[PaperId, "top1error", 20.5, "We get 20.5% on ImageNet.", .. ResultValues]]),
            "papers.by-id" => QueryApiAnswers.Rows(["id", "title", "abstract", "doi", "arxivId", "year", "authors", "venue", "url", "openAlexId", "s2Id", "stub"],
                [[PaperId, "Deep Residual Learning", "We get 20.5% on ImageNet.", "10.1/resnet", null, 2016, new[] { "K. He" }, "CVPR", null, null, null, false]]),
            "papers.summaries" => QueryApiAnswers.Rows(["id", "title", "year"], [[PaperId, "Deep Residual Learning", 2016]]),
            "citations.by-keys" => QueryApiAnswers.Rows(["key", "id"], [["doi:10.1/resnet", PaperId]]),
            "citations.links" or "citations.cites-links" => QueryApiAnswers.Rows(
                ["sourceId", "sourceTitle", "sourceYear", "sourceStub", "sourceCitedBy", "targetId", "targetTitle", "targetYear", "targetStub", "targetCitedBy", "type"],
                [[PaperId, "Deep Residual Learning", 2016, false, 0, "openalex:W1", "W1", null, true, 1, "CITES"]]),
            "papers.results" => QueryApiAnswers.Rows(ResultFields, [ResultValues]),
            "paper-records.papers" => RecordPapers(request),
            "paper-records.roles" => QueryApiAnswers.Rows(["paper", "key", "role"],
                [[PaperId, "dataset:imagenet1k", "EVALUATED_ON"], [PaperId, "dataset:imagenet1k", "USES"]]),
            "paper-records.results" => QueryApiAnswers.Rows(["paper", .. ResultFields], [[PaperId, .. ResultValues]]),
            "paper-records.entities" => QueryApiAnswers.Rows([.. Entity, "names", "parentKey", "parentType", "parentName", "parentNames"],
            [
                ["dataset:imagenet1k", "Dataset", "ImageNet-1K", new[] { "ImageNet-1K", "IN-1K" }, "dataset:imagenet", "Dataset", "ILSVRC", new[] { "ILSVRC", "ImageNet" }],
                ["dataset:imagenet", "Dataset", "ILSVRC", new[] { "ILSVRC", "ImageNet" }, null, null, null, Array.Empty<string>()],
            ]),
            "statistics.counts" => Statistics(),
            "matrix.cells" => QueryApiAnswers.Rows(["methodKey", "datasetKey", "papers"], [["method:resnet", "dataset:imagenet", 1]]),
            "evaluation-partners.methods-on" => QueryApiAnswers.Rows([.. Entity, "papers"], [["method:resnet", "Method", "ResNet", 2]]),
            "evaluation-partners.datasets-of" => QueryApiAnswers.Rows([.. Entity, "papers"], [["dataset:imagenet", "Dataset", "ImageNet", 2]]),
            "evaluation-partners.method-metrics-on" or "evaluation-partners.dataset-metrics-of" => QueryApiAnswers.Rows(
                ["partnerKey", "setting", "results", "metric", "value", "valueText", "unit", "qualifier", "lowerIsBetter", "id", "title", "year"],
                [[Partner(request), "", 2, "top-1 error", 20.5, "20.50", "%", "", true, PaperId, "Deep Residual Learning", 2016]]),
            "graph.nodes" => Nodes(request),
            "graph.shortest-path" => QueryApiAnswers.Rows(["ids"], [[new[] { PaperId, "dataset:imagenet" }]]),
            "graph.edges-among" => QueryApiAnswers.Rows(["source", "target", "type", "metric", "value", "unit"],
                [[PaperId, "dataset:imagenet", "REPORTS", "top-1 error", 20.5, "%"]]),
            "curation.next-entry-id" => QueryApiAnswers.Rows(["id"], [[1]]),
            "curation.versions" => QueryApiAnswers.Rows(["key", "version", "entryId"], request.Parameters!.Value.GetProperty("keys").EnumerateArray()
                .Select(key => new object?[] { key.GetString(), 0, null })),
            "curation.entry" or "curation.log" => QueryApiAnswers.Rows(EntryFields, [Entry]),
            "curation.log-total" => QueryApiAnswers.Rows(["total"], [[1]]),
            "curation.active-rules" => QueryApiAnswers.Rows(["rule"], [[Entry[1]]]),
            "curation.find-entities" => QueryApiAnswers.Rows([.. Entity, "papers"], [["dataset:imagenet", "Dataset", "ImageNet", 2]]),
            "curation.linked-papers" => QueryApiAnswers.Rows(["id"], [[PaperId]]),
            "curation.orphan-candidates" => QueryApiAnswers.Rows(["key", "parent"], [["dataset:imagenet1k", "dataset:imagenet"]]),
            "curation.remove-orphans" => QueryApiAnswers.Rows(["removed"], [[0]]),
            "curation.existing" => QueryApiAnswers.Rows(["existing"], [[1]]),
            _ => QueryApiAnswers.Empty(),
        };
    }

    private static readonly string[] EntryFields = ["id", "rule", "curator", "at", "note", "paperIds", "undoneBy", "undoneAt"];

    /// <summary>An active merge by ann.</summary>
    private static readonly object?[] Entry =
    [
        1, """{"op":"merge","fromKey":"dataset:imagenet1k","intoKey":"dataset:imagenet","intoName":"ImageNet"}""", "ann",
        "2026-12-02T01:00:00.0000000+00:00", null, new[] { PaperId }, null, null,
    ];

    private static HttpResponseMessage Top(RecordedRequest request) =>
        request.Parameters!.Value.GetProperty("type").GetString() == "Method"
            ? QueryApiAnswers.Rows([.. Entity, "papers"], [["method:resnet", "Method", "ResNet", 3]])
            : QueryApiAnswers.Rows([.. Entity, "papers"], [["dataset:imagenet", "Dataset", "ImageNet", 2]]);

    /// <summary>Every asked paper is stored (a merge of two then has one to move), the first with an abstract.</summary>
    private static HttpResponseMessage Existing(RecordedRequest request) =>
        QueryApiAnswers.Rows(["id", "linked", "stub", "described"], request.Parameters!.Value.GetProperty("ids").EnumerateArray()
            .Select((id, i) => new object?[] { id.GetString(), new[] { "method:vgg" }, false, i == 0 }));

    /// <summary>A method key names a method; any other key the dataset ImageNet.</summary>
    private static HttpResponseMessage ByKey(RecordedRequest request) =>
        request.Parameters!.Value.GetProperty("key").GetString() is { } key && key.StartsWith("method:", StringComparison.Ordinal)
            ? QueryApiAnswers.Rows(Entity, [[key, "Method", "ResNet"]])
            : QueryApiAnswers.Rows(Entity, [["dataset:imagenet", "Dataset", "ImageNet"]]);

    /// <summary>The one paper, on the first page only (after ""), mentioning ImageNet-1K at 11..22.</summary>
    private static HttpResponseMessage RecordPapers(RecordedRequest request) =>
        request.Parameters!.Value.GetProperty("after").GetString() == ""
            ? QueryApiAnswers.Rows(
                ["id", "title", "abstract", "doi", "arxivId", "year", "authors", "venue", "url", "openAlexId", "s2Id", "mentionKeys", "mentionStarts", "mentionEnds"],
                [[PaperId, "Deep Residual Learning", "We train on ImageNet-1K.", "10.1/resnet", null, 2016, new[] { "K. He" }, "CVPR", null, null, null,
                    new[] { "dataset:imagenet1k" }, new[] { 12 }, new[] { 23 }]])
            : QueryApiAnswers.Empty();

    private static string Partner(RecordedRequest request) =>
        request.Parameters!.Value.GetProperty("partners").EnumerateArray().First().GetString()!;

    /// <summary>Every requested id exists: papers by their prefix, anything else as a dataset.</summary>
    private static HttpResponseMessage Nodes(RecordedRequest request) =>
        QueryApiAnswers.Rows(["id", "kind", "label", "degree"], request.Parameters!.Value.GetProperty("ids").EnumerateArray()
            .Select(id => id.GetString()!)
            .Select(id => new object?[] { id, id.StartsWith("doi:", StringComparison.Ordinal) ? "Paper" : "Dataset", id, 1 }));

    private static HttpResponseMessage Statistics()
    {
        string[] fields =
        [
            "papers", "methods", "datasets", "metrics", "tasks", "proposes", "uses", "evaluatedOn", "mentions", "addresses", "reports",
            "variantOf", "buildsOn", "cites", "stubs",
        ];
        return QueryApiAnswers.Rows(fields, [fields.Select(_ => (object?)1).ToArray()]);
    }
}
