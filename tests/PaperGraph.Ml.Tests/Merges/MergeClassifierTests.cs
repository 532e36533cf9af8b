using Microsoft.ML;
using PaperGraph.Ml.Merges;

namespace PaperGraph.Ml.Tests.Merges;

public sealed class MergeClassifierTests
{
    private static readonly NameParts[] Sequence = [new("sequence modelling")];
    private static readonly NameParts[] Modeling = [new("sequence modeling")];

    [Fact]
    public void Curator_rejections_of_a_kind_of_pair_lower_its_score_after_retraining()
    {
        var pair = PairFeatures.Of(Sequence, Modeling, 0.9, 0.6);
        var general = GeneralKnowledge().ToList();
        var before = MergeClassifier.Train(new MLContext(5), general).Score(pair);

        var rejections = Enumerable.Range(0, 20).Select(_ => new PairFeatures { Features = pair, Label = false, Weight = MergeCandidateFinder.CuratorWeight });
        var after = MergeClassifier.Train(new MLContext(5), [.. general, .. rejections]).Score(pair);

        Assert.True(after < before, $"before {before}, after {after}");
        Assert.True(after < 0.5, $"after {after}");
    }

    [Fact]
    public void Training_without_negatives_is_refused()
    {
        var positives = GeneralKnowledge().Where(example => example.Label).ToList();

        Assert.Throws<InvalidOperationException>(() => MergeClassifier.Train(new MLContext(5), positives));
    }

    /// <summary>Close spellings are duplicates, unrelated names are not.</summary>
    private static IEnumerable<PairFeatures> GeneralKnowledge()
    {
        string[][] duplicates = [["object detection", "object detector"], ["ResNet", "ResNets"], ["MS COCO", "COCO"], ["ImageNet", "Imagenet"]];
        string[][] unrelated = [["object detection", "speech recognition"], ["ResNet", "BERT"], ["COCO", "SQuAD"], ["ImageNet", "WMT"]];
        foreach (var (names, label) in duplicates.Select(d => (d, true)).Concat(unrelated.Select(u => (u, false))))
        {
            for (var copy = 0; copy < 5; copy++)
            {
                yield return new PairFeatures
                {
                    Features = PairFeatures.Of([new NameParts(names[0])], [new NameParts(names[1])], label ? 0.8 : 0.05, null),
                    Label = label,
                };
            }
        }
    }
}
