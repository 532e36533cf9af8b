using System.Runtime.CompilerServices;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>Reads the store back as <see cref="PaperRecord"/>s, a page of papers at a time in id order (keyset paging,
/// so a page costs the same however deep it is). Only the entities a page names are read with it.</summary>
internal sealed class PaperRecordReader(QueryApiClient client)
{
    public async IAsyncEnumerable<PaperRecord> ReadAllAsync(int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = "";
        while (true)
        {
            var papers = (await client.RunAsync(PaperRecordStatements.Papers.With(("after", after), ("pageSize", Math.Max(1, pageSize))),
                cancellationToken)).Records;
            if (papers.Count == 0)
            {
                yield break;
            }
            var ids = papers.Select(row => row.String("id")).ToList();
            var roles = (await client.RunAsync(PaperRecordStatements.Roles.With(("ids", ids)), cancellationToken)).Records
                .Select(row => (Paper: row.String("paper"), Key: row.String("key"), Role: GraphNames.RelationOf(row.String("role")))).ToList();
            var results = (await client.RunAsync(PaperRecordStatements.Results.With(("ids", ids)), cancellationToken)).Records
                .Select(row => (Paper: row.String("paper"), Row: row)).ToList();
            var keys = roles.Select(role => role.Key).Concat(results.Select(result => result.Row.String("datasetKey")))
                .Concat(papers.SelectMany(row => row.Strings("mentionKeys"))).Distinct(StringComparer.Ordinal).ToList();
            var entities = (await client.RunAsync(PaperRecordStatements.Entities.With(("keys", keys)), cancellationToken)).Records
                .Select(ReadEntity).ToDictionary(entity => entity.Key, StringComparer.Ordinal);
            var rolesByPaper = roles.ToLookup(role => role.Paper, role => (role.Key, role.Role), StringComparer.Ordinal);
            var resultsByPaper = results.ToLookup(result => result.Paper, result => ReadResult(result.Row, entities), StringComparer.Ordinal);
            var cites = (await client.RunAsync(PaperRecordStatements.Cites.With(("ids", ids)), cancellationToken)).Records
                .ToLookup(row => (Paper: row.String("paper"), Reference: row.Bool("reference")), row => ReadPaper(row) with { IsStub = row.Bool("stub") });
            foreach (var row in papers)
            {
                var paper = ReadPaper(row);
                yield return new PaperRecord(paper,
                    StoredExtraction.Rebuild(paper.Abstract, entities, rolesByPaper[paper.Id], resultsByPaper[paper.Id], ReadMentions(row)),
                    new PaperCitations(cites[(paper.Id, true)].ToList(), cites[(paper.Id, false)].ToList()));
            }
            after = ids[^1];
        }
    }

    private static Paper ReadPaper(QueryRecord row) =>
        new(row.String("id"), row.String("title"), row.String("abstract"), row.NullableString("doi"), row.NullableString("arxivId"),
            row.NullableInt("year"), row.IsNull("authors") ? null : row.Strings("authors"), row.NullableString("venue"),
            row.NullableString("url"), row.NullableString("openAlexId"), row.NullableString("s2Id"));

    private static List<(string Key, int Start, int End)> ReadMentions(QueryRecord row)
    {
        var starts = row["mentionStarts"].EnumerateArray().Select(item => item.GetInt32()).ToList();
        var ends = row["mentionEnds"].EnumerateArray().Select(item => item.GetInt32()).ToList();
        return row.Strings("mentionKeys").Take(Math.Min(starts.Count, ends.Count)).Select((key, i) => (key, starts[i], ends[i])).ToList();
    }

    private static StoredEntityNames ReadEntity(QueryRecord row)
    {
        var parent = row.IsNull("parentKey")
            ? null
            : EntityKey.KeyedName(row.String("parentKey"), GraphNames.EntityTypeOf(row.String("parentType")), row.String("parentName"),
                row.Strings("parentNames"));
        return new StoredEntityNames(row.String("key"), GraphNames.EntityTypeOf(row.String("type")), row.String("name"), row.Strings("names"), parent);
    }

    private static ExtractedResult ReadResult(QueryRecord row, Dictionary<string, StoredEntityNames> entities)
    {
        var context = row.ResultContext();
        var dataset = entities.TryGetValue(row.String("datasetKey"), out var stored) ? stored.KeyedName : row.String("datasetName");
        return new ExtractedResult(dataset, row.String("metric"), row.Double("value"), row.String("unit"), row.Provenance())
        {
            Qualifier = context.Qualifier,
            Condition = context.Condition,
            Setting = context.Setting,
            IsCost = context.IsCost,
            WrittenValue = context.WrittenValue,
        };
    }
}
