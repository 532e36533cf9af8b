using Microsoft.Extensions.Configuration;
using PaperGraph.Core.Graph;
using PaperGraph.Neo4j;
using PaperGraph.Web.Hosting;

namespace PaperGraph.Web.Tests.Hosting;

/// <summary>docker-compose.yml, read as YAML: no Docker engine runs here, so <c>docker compose config</c> cannot.</summary>
public sealed class DockerComposeTests
{
    private static readonly string Root = RepositoryRoot.Find(AppContext.BaseDirectory);
    private static readonly ComposeFile Compose = ComposeFile.Read(Path.Combine(Root, "docker-compose.yml"));

    private static ComposeService Neo4jService => Compose.Services["neo4j"];

    private static ComposeService WebService => Compose.Services["web"];

    [Fact]
    public void Neo4j_runs_the_official_5_image_with_http_and_bolt_ports_and_apoc()
    {
        Assert.Equal("neo4j:5", Neo4jService.Image);
        Assert.Contains("7474:7474", Neo4jService.Ports);
        Assert.Contains("7687:7687", Neo4jService.Ports);
        Assert.Equal("""["apoc"]""", Neo4jService.Environment["NEO4J_PLUGINS"]);
        Assert.StartsWith("neo4j/${NEO4J_PASSWORD:-", Neo4jService.Environment["NEO4J_AUTH"], StringComparison.Ordinal);
    }

    [Fact]
    public void Neo4j_keeps_its_data_in_a_named_volume_and_imports_from_the_import_folder()
    {
        var dataVolume = Neo4jService.Volumes.Single(v => v.EndsWith(":/data", StringComparison.Ordinal)).Split(':')[0];

        Assert.Contains(dataVolume, Compose.Volumes.Keys);
        Assert.Contains("./import:/import", Neo4jService.Volumes);
        Assert.Equal("/import", Neo4jService.Environment["NEO4J_server_directories_import"]);
    }

    [Fact]
    public void Neo4j_is_healthy_once_its_http_port_answers()
    {
        var test = string.Join(' ', Neo4jService.Healthcheck?.Test ?? []);

        Assert.Contains("7474", test, StringComparison.Ordinal);
        Assert.True(test.Contains("wget", StringComparison.Ordinal) || test.Contains("cypher-shell", StringComparison.Ordinal), test);
    }

    [Fact]
    public void Web_is_built_from_the_root_Dockerfile_and_waits_for_a_healthy_Neo4j()
    {
        Assert.Equal(".", WebService.Build);
        Assert.True(File.Exists(Path.Combine(Root, "Dockerfile")));
        Assert.Equal("service_healthy", WebService.DependsOn["neo4j"].Condition);
        Assert.Contains("8080:8080", WebService.Ports);
    }

    [Fact]
    public void Every_PaperGraph_setting_of_web_binds_to_an_option_and_selects_the_compose_Neo4j()
    {
        var settings = WebService.Environment
            .Where(e => e.Key.StartsWith("PaperGraph__", StringComparison.Ordinal))
            .ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => (string?)e.Value);
        // Unknown keys fail the binding: a misspelt setting would otherwise be ignored silently.
        var neo4jPrefix = PaperGraphWebOptions.Neo4jSectionName + ":";
        var web = Bind<PaperGraphWebOptions>(settings.Where(s => !s.Key.StartsWith(neo4jPrefix, StringComparison.Ordinal)),
            PaperGraphWebOptions.SectionName);
        var neo4j = Bind<Neo4jStoreOptions>(settings.Where(s => s.Key.StartsWith(neo4jPrefix, StringComparison.Ordinal)),
            PaperGraphWebOptions.Neo4jSectionName);

        Assert.Equal(GraphStoreKind.Neo4j, web.Store);
        Assert.Equal(new Uri("http://neo4j:7474"), neo4j.Uri);
        Assert.Contains(neo4j.Uri!.Host, Compose.Services.Keys);
        Assert.NotNull(neo4j.User);
        Assert.NotNull(neo4j.Password);
    }

    [Fact]
    public void The_seed_corpus_path_of_web_is_where_the_Dockerfile_copies_the_sample_corpus()
    {
        var seedPath = WebService.Environment["PaperGraph__SeedCorpusPath"];
        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));

        Assert.Contains($"COPY import/seed-abstracts.txt {seedPath}", dockerfile, StringComparison.Ordinal);
        Assert.Equal("true", WebService.Environment["PaperGraph__ImportSeedOnFirstStart"]);
    }

    private static T Bind<T>(IEnumerable<KeyValuePair<string, string?>> settings, string section) where T : new()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return configuration.GetSection(section).Get<T>(o => o.ErrorOnUnknownConfiguration = true) ?? new T();
    }
}
