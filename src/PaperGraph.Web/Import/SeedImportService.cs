using Microsoft.Extensions.Options;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Import;
using PaperGraph.Web.Hosting;

namespace PaperGraph.Web.Import;

/// <summary>Creates or migrates the store (a SQLite file, or a Neo4j database's constraints and indexes) before the app
/// serves, then, when the store holds no paper (asked through <see cref="IGraphStore"/>, so either store works) or an
/// earlier start's import was cut short (<see cref="SeedImportMarker"/>), imports the seed corpus in the background, reporting progress to the log and <see cref="ImportStatus"/>.</summary>
public sealed class SeedImportService(
    IGraphStore store,
    CorpusImporter importer,
    PaperGraphPaths paths,
    IOptions<PaperGraphWebOptions> options,
    ImportStatus status,
    ILogger<SeedImportService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ImportIfEmptyAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            status.Fail("The import was stopped because the app is shutting down.");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Importing the seed corpus {SeedCorpusPath} failed", paths.SeedCorpusPath);
            status.Fail(ex.Message);
        }
    }

    private async Task ImportIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ImportSeedOnFirstStart)
        {
            status.Skip("Importing the seed corpus on first start is turned off.");
            return;
        }
        var marker = new SeedImportMarker(paths.DatabasePath);
        var existing = await store.GetStatisticsAsync(cancellationToken);
        if (existing.Papers > 0 && !marker.IsPending)
        {
            status.Skip($"The database already holds {existing.Papers} papers.");
            return;
        }
        if (!File.Exists(paths.SeedCorpusPath))
        {
            logger.LogWarning("The seed corpus {SeedCorpusPath} does not exist; starting with an empty database", paths.SeedCorpusPath);
            status.Skip($"The seed corpus {paths.SeedCorpusPath} does not exist.");
            return;
        }

        if (existing.Papers > 0)
        {
            logger.LogWarning("An earlier start did not finish importing the seed corpus {SeedCorpusPath}: importing it again", paths.SeedCorpusPath);
        }
        else
        {
            logger.LogInformation("Empty database: importing the seed corpus {SeedCorpusPath}", paths.SeedCorpusPath);
        }
        status.Report(0, null);
        await marker.BeginAsync(cancellationToken);
        var summary = await importer.ImportAsync([paths.SeedCorpusPath], progress: new ImportProgressReporter(status, logger), cancellationToken: cancellationToken);
        marker.Complete();
        var papers = summary.PapersAdded + summary.PapersUpdated;
        logger.LogInformation(
            "Seed import done: {Papers} papers, {Entities} entities, {Relations} relations, {Rejected} rejected records",
            papers, summary.EntitiesAdded, summary.Relations, summary.Rejected.Count);
        status.Complete(papers, $"Imported {papers} papers.");
    }
}
