namespace PaperGraph.Cli.Tests;

public sealed class Neo4jCsvExportTests(ExportedSample sample) : IClassFixture<ExportedSample>
{
    private static readonly string[] FileNames =
        ["papers", "paper-keys", "entities", "entity-names", "store-state", "roles", "reports", "cites", "names", "variants"];

    [Fact]
    public void Exporting_succeeds_and_reports_every_paper()
    {
        Assert.True(sample.CsvExport.ExitCode == 0, sample.CsvExport.ToString());
        Assert.Contains("Wrote 241 papers", sample.CsvExport.Stdout);
    }

    [Fact]
    public void Node_files_key_papers_entities_and_names_in_their_own_id_groups()
    {
        Assert.Equal(["id:ID(Paper)", ":LABEL"], Read("papers").Columns.Take(2));
        Assert.Contains("year:int", Read("papers").Columns);
        Assert.Contains("authors:string[]", Read("papers").Columns);
        Assert.Contains("mentionStarts:int[]", Read("papers").Columns);
        Assert.Equal(["key:ID(Entity)", ":LABEL", "type", "name", "names:string[]", "nameText", "paperCount:int"], Read("entities").Columns);
        Assert.Equal(["folded:ID(EntityName)", ":LABEL"], Read("entity-names").Columns);
    }

    [Fact]
    public void Relationship_files_name_both_ends_and_the_type()
    {
        Assert.Equal([":START_ID(Paper)", ":END_ID(Entity)", ":TYPE"], Read("roles").Columns);
        Assert.Equal([":START_ID(Paper)", ":END_ID(Entity)", ":TYPE"], Read("reports").Columns.Take(3));
        Assert.Contains("value:double", Read("reports").Columns);
        Assert.Equal([":START_ID(EntityName)", ":END_ID(Entity)", ":TYPE"], Read("names").Columns);
        Assert.Equal([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"], Read("variants").Columns);
    }

    [Fact]
    public async Task Row_counts_match_the_papers_entities_and_relations_of_the_database()
    {
        var stats = (await sample.RunAsync("stats", "--json")).Json();
        var relations = stats.GetProperty("relations");

        Assert.Equal(stats.GetProperty("papers").GetInt32() + stats.GetProperty("stubPapers").GetInt32(), Read("papers").Rows.Count);
        Assert.Equal(relations.TryGetProperty("Cites", out var cites) ? cites.GetInt32() : 0, Read("cites").Rows.Count);
        Assert.Equal(stats.GetProperty("entities").EnumerateObject().Sum(type => type.Value.GetInt32()), Read("entities").Rows.Count);
        Assert.Equal(stats.GetProperty("results").GetInt32(), Read("reports").Rows.Count);
        Assert.Equal(relations.GetProperty("VariantOf").GetInt32(), Read("variants").Rows.Count);
        var roles = new[] { "Proposes", "Uses", "EvaluatedOn", "Mentions", "Addresses" }.Sum(role => relations.GetProperty(role).GetInt32());
        Assert.Equal(roles, Read("roles").Rows.Count);
    }

    [Fact]
    public void A_hostile_abstract_and_title_parse_back_unchanged()
    {
        var papers = Read("papers");
        var row = papers.RowWhere("id:ID(Paper)", ExportedSample.HostileId);

        Assert.Equal(ExportedSample.HostileAbstract, row[papers.Index("abstract")]);
        Assert.Equal(ExportedSample.HostileTitle, row[papers.Index("title")]);
        Assert.Equal("2024", row[papers.Index("year:int")]);
    }

    [Fact]
    public void Array_properties_are_joined_with_the_array_delimiter_of_the_printed_command()
    {
        var papers = Read("papers");
        var authors = papers.RowWhere("id:ID(Paper)", ExportedSample.HostileId)[papers.Index("authors:string[]")];

        Assert.Equal(["A. \"Q\" O'Neil", "B, C"], authors.Split('\u001F'));
        Assert.Contains("--array-delimiter=U+001F", sample.CsvExport.Stdout);
    }

    [Fact]
    public void Entities_carry_the_entity_label_and_their_type_label()
    {
        var entities = Read("entities");

        Assert.All(entities.Rows, row => Assert.Equal(["Entity", row[entities.Index("type")]], row[entities.Index(":LABEL")].Split('\u001F')));
    }

    [Fact]
    public void The_printed_import_command_names_every_header_and_data_file()
    {
        var output = sample.CsvExport.Stdout;

        Assert.Contains("neo4j-admin database import full neo4j", output);
        Assert.All(FileNames, name => Assert.Contains(
            $"{Path.Combine(sample.CsvDirectory, name + ".header.csv")},{Path.Combine(sample.CsvDirectory, name + ".csv")}", output));
        Assert.Contains("--multiline-fields=true", output);
        Assert.Contains("--overwrite-destination=false", output);
    }

    [Fact]
    public void The_instructions_say_how_the_schema_and_derived_relations_are_created()
    {
        var script = File.ReadAllText(Path.Combine(sample.CsvDirectory, "after-import.cypher"));

        Assert.Contains("CREATE CONSTRAINT paper_id IF NOT EXISTS", script);
        Assert.Contains("BUILDS_ON", script);
        Assert.Contains("after-import.cypher", sample.CsvExport.Stdout);
    }

    private AdminCsvRows Read(string name) => AdminCsvRows.Read(sample.CsvDirectory, name);
}
