using System.Text.Json;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Tests.Fakes;
using PaperGraph.Store.Contract;

namespace PaperGraph.Neo4j.Tests.Parameterization;

/// <summary>No text from a corpus or a user is ever spliced into Cypher: it travels only as parameters.</summary>
public sealed class HostileNameTests
{
    private static readonly string[] Hostile =
    [
        "O'Brien \"Net\"",
        "Res`Net` DROP",
        "}) DETACH DELETE n //",
        "x'}) MATCH (m) DETACH DELETE m WITH 1 AS y MATCH (z {a:'",
        "$rows CALL dbms.killQueries",
        "Ünïcödé—数据集 🚀",
    ];

    [Fact]
    public async Task Hostile_names_travel_only_as_parameters_never_in_the_statement_text()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);
        var paper = PaperRecordBuilder.Paper(Hostile[0])
            .WithAbstract(string.Join(" ", Hostile))
            .Proposes(Hostile[1], Hostile[2])
            .Uses(Hostile[5])
            .EvaluatedOn(Hostile[3], parent: Hostile[4])
            .Reports(Hostile[3], Hostile[2], 1.5, new ResultContext("≈", Hostile[4], Hostile[5], false));

        foreach (var name in Hostile)
        {
            await EveryStoreMember.ExerciseAsync(store, [paper.Build()], name, name);
        }

        var statements = server.Statements.ToList();
        Assert.All(statements, request => Assert.All(Hostile, text => Assert.DoesNotContain(text, request.Statement!, StringComparison.Ordinal)));
        var parameterStrings = statements.SelectMany(request => StringsIn(request.Parameters!.Value)).ToHashSet(StringComparer.Ordinal);
        Assert.All(Hostile, text => Assert.Contains(text, parameterStrings));
    }

    private static IEnumerable<string> StringsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringsIn),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => StringsIn(property.Value)),
        _ => [],
    };
}
