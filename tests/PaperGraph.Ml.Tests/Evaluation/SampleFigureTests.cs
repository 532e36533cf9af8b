using Microsoft.ML;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Evaluation;
using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Ml.Evaluation;
using PaperGraph.Ml.Links;
using PaperGraph.Ml.Merges;
using PaperGraph.Ml.Similarity;
using Xunit.Abstractions;

namespace PaperGraph.Ml.Tests.Evaluation;

/// <summary>The closing note's figures on the sample corpus and its dev gold, printed, with the behaviour they show.</summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class SampleFigureTests(SampleCorpus sample, ITestOutputHelper output)
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.LoadEmbedded();

    [Fact]
    public async Task Top_5_similar_papers_share_a_task_or_method_more_often_than_random_papers()
    {
        var gold = (await JsonLinesFile.ReadAsync(SampleCorpus.RepositoryFile("..", "shared", "eval", "dev-gold.jsonl"), CancellationToken.None))
            .Select(GoldPaperParser.Parse).ToList();
        var vectors = TextVectors.Featurize(new MLContext(7), sample.Corpus.Papers.Select(paper => paper.Text), new SuggestionOptions().FeaturesPerPaper).Vectors;
        var byTitle = sample.Corpus.Papers.Select((paper, i) => (NameKey.Of(paper.Title), i)).ToDictionary(p => p.Item1, p => p.i);
        var labelled = gold.Where(paper => byTitle.ContainsKey(NameKey.Of(paper.Title))).ToList();

        var result = SimilarTopicShare.Measure(labelled.Select(paper => vectors[byTitle[NameKey.Of(paper.Title)]]).ToList(),
            labelled.Select(SimilarTopicShare.Labels).ToList());

        output.WriteLine($"similar papers: {result.Papers} gold papers, top-{result.K} share a task or method: {result.Share:P1}; random: {result.RandomShare:P1}");
        Assert.True(result.Share > result.RandomShare, $"{result.Share} vs {result.RandomShare}");
    }

    [Fact]
    public void Hidden_evaluated_on_links_are_recovered()
    {
        var options = new SuggestionOptions();
        var similar = new SimilarPaperFinder(new MLContext(7), options).Find(sample.Corpus);

        var result = LinkRecovery.Measure(sample.Corpus, similar.Neighbours, new MissingLinkFinder(Knowledge, options), 0.1, options.Seed);

        output.WriteLine($"links: {result.Links} EVALUATED_ON, {result.Hidden} hidden, {result.Suggested} suggested; precision@10 {result.PrecisionAt10:P0}, recall {result.Recall:P1}");
        Assert.True(result.Recall > 0.3, result.ToString());
    }

    /// <summary>A curator decides 20 judged pairs drawn with a fixed seed; the classifier retrained on those decisions
    /// is measured on the other judged pairs it proposes (Data/sample-merge-judgements.tsv says how they were judged).</summary>
    [Fact]
    public void Twenty_simulated_curator_decisions_do_not_lower_precision_on_held_out_pairs()
    {
        var judged = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "sample-merge-judgements.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(parts => (Source: parts[0], Target: parts[1], Correct: parts[2] == "1"))
            .ToList();
        var random = new Random(7);
        var decided = judged.OrderBy(_ => random.Next()).Take(20).ToList();
        var held = judged.Except(decided).ToList();
        var rules = decided.Select(pair => pair.Correct
            ? (CurationRule)new MergeEntities(pair.Source, pair.Target)
            : new RejectSuggestion(Core.Suggestions.SuggestionKind.MergeCandidate, pair.Source, pair.Target)).ToList();

        var before = Precision(new MergeCandidateFinder(new MLContext(7), Knowledge, new SuggestionOptions()).Find(sample.Corpus, []), held);
        var after = Precision(new MergeCandidateFinder(new MLContext(7), Knowledge, new SuggestionOptions()).Find(sample.Corpus, rules), held);

        output.WriteLine($"merge classifier on {held.Count} held-out judged pairs ({held.Count(p => p.Correct)} correct): " +
            $"before {before.Proposed} proposed, precision {before.Precision:P1}; after 20 decisions ({decided.Count(p => p.Correct)} merges, " +
            $"{decided.Count(p => !p.Correct)} rejections) {after.Proposed} proposed, precision {after.Precision:P1}");
        Assert.True(before.Proposed > 0, "no held-out pair proposed before the decisions");
        Assert.True(after.Precision >= before.Precision, $"{after} vs {before}");
    }

    private static (int Proposed, double Precision) Precision(MergeCandidateFinder.Result result, List<(string Source, string Target, bool Correct)> held)
    {
        var proposed = held.Where(pair => result.Merges.Any(m => (m.SourceId, m.TargetId) == (pair.Source, pair.Target)
            || (m.SourceId, m.TargetId) == (pair.Target, pair.Source))).ToList();
        return (proposed.Count, proposed.Count == 0 ? 0 : (double)proposed.Count(pair => pair.Correct) / proposed.Count);
    }

    [Fact]
    public void Print_the_top_merge_candidates()
    {
        var result = new MergeCandidateFinder(new MLContext(7), Knowledge, new SuggestionOptions()).Find(sample.Corpus, []);

        foreach (var (merge, rank) in result.Merges.OrderByDescending(m => m.Score).ThenBy(m => m.SourceId, StringComparer.Ordinal).Take(40).Select((m, i) => (m, i + 1)))
        {
            output.WriteLine($"{rank}\t{merge.Score:0.000}\t{merge.SourceId}\t{merge.TargetId}\t{sample.Corpus.Entities[merge.SourceId].Name} = {sample.Corpus.Entities[merge.TargetId].Name}");
        }
        Assert.NotEmpty(result.Merges);
    }
}
