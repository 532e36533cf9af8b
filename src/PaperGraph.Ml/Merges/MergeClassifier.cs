using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace PaperGraph.Ml.Merges;

/// <summary>The pairwise merge classifier: ML.NET FastTree over <see cref="PairFeatures"/>, trained on labelled pairs
/// (knowledge-base alias groups and curators' merges as positives; pairs differing in a number or version, variants and
/// curators' rejections as negatives), each weighted by <see cref="PairFeatures.Weight"/>.</summary>
public sealed class MergeClassifier
{
    private readonly PredictionEngine<PairFeatures, Prediction> _engine;

    private MergeClassifier(PredictionEngine<PairFeatures, Prediction> engine) => _engine = engine;

    public static MergeClassifier Train(MLContext ml, IReadOnlyList<PairFeatures> examples)
    {
        if (!examples.Any(example => example.Label) || examples.All(example => example.Label))
        {
            throw new InvalidOperationException("The merge classifier needs positive and negative examples.");
        }
        var data = ml.Data.LoadFromEnumerable(examples);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(PairFeatures.Label),
            FeatureColumnName = nameof(PairFeatures.Features),
            ExampleWeightColumnName = nameof(PairFeatures.Weight),
            NumberOfTrees = 60,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = 2,
            LearningRate = 0.2,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);
        return new MergeClassifier(ml.Model.CreatePredictionEngine<PairFeatures, Prediction>(model));
    }

    /// <summary>The probability that a pair is one entity. Not thread-safe (one prediction engine).</summary>
    public double Score(float[] features) => _engine.Predict(new PairFeatures { Features = features }).Probability;

    private sealed class Prediction
    {
        [ColumnName("Probability")]
        public float Probability { get; set; }
    }
}
