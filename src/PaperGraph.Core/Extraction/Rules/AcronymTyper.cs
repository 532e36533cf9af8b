using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>The type of an acronym the knowledge base lacks, from the word after it ("(SDFA)
/// module") or its long form: "... Dataset" is a dataset, "... Precision" a metric, "... Learning"
/// a task, a proposed name or a named technique ("... Network", "Convergent Cross Mapping") a
/// method. Other acronyms ("magnetic resonance imaging (MRI)") are not entities.</summary>
internal static class AcronymTyper
{
    private static readonly WordSet DatasetHeads = new(
        "dataset", "datasets", "benchmark", "benchmarks", "corpus", "database", "bank", "collection", "suite");

    private static readonly WordSet MetricHeads = new(
        "precision", "recall", "accuracy", "error", "score", "rate", "distance", "similarity", "ratio", "divergence");

    private static readonly WordSet MethodHeads = new(
        "network", "networks", "net", "nets", "model", "models", "algorithm", "algorithms", "method", "methods",
        "framework", "module", "modules", "mechanism", "architecture", "architectures", "optimizer", "optimiser",
        "attention", "search", "loss", "transformer", "transformers", "layer", "layers", "block", "blocks",
        "encoder", "encoders", "decoder", "operator", "operators", "pooling", "estimator", "regularization",
        "sampling", "sampler", "gradient", "descent", "machine", "machines", "mapping", "embedding", "embeddings",
        "unit", "units", "convolution", "convolutions", "normalization", "augmentation", "classifier", "tree",
        "trees", "forest", "policy", "autoencoder", "autoencoders", "adapter", "adapters", "adaptation",
        "adaptations", "tuning", "merging", "pruning", "distillation", "perceptron", "backbone", "fusion",
        "aggregation", "propagation", "routing", "projection", "optimization", "training");

    /// <summary>Long forms naming a problem ("parameter-efficient transfer learning (PETL)") are tasks.</summary>
    private static readonly WordSet TaskHeads = new(
        "learning", "detection", "segmentation", "classification", "recognition", "generation", "prediction",
        "estimation", "translation", "retrieval", "captioning", "answering", "tracking", "summarization", "parsing",
        "forecasting", "localization", "reconstruction", "synthesis", "understanding", "reasoning", "inference");

    /// <summary>Fields and modalities written in title case ("Magnetic Resonance Imaging") are not methods.</summary>
    private static readonly WordSet FieldHeads = new(
        "imaging", "tomography", "equation", "equations", "data", "analysis", "intelligence", "vision",
        "processing", "language", "languages", "science", "graphs", "graph", "sequencing", "problem", "problems");

    private static readonly WordSet MinorWords = new(
        "of", "and", "for", "the", "in", "with", "to", "via", "a", "an", "on", "by", "from", "using");

    public static EntityType? TypeOf(AbstractDocument document, AcronymDefinition acronym, bool proposed)
    {
        var longForm = document.TextOf(acronym.Long);
        var words = longForm.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var head = words[^1];
        // "a shallow-deep feature alignment (SDFA) module": the word after the definition names the kind.
        var following = FollowingWord(document, acronym);
        if (DatasetHeads.Contains(head) || DatasetHeads.Contains(following))
        {
            return EntityType.Dataset;
        }
        if (proposed || MethodHeads.Contains(following))
        {
            return EntityType.Method;
        }
        if (MetricHeads.Contains(head) || MetricHeads.Contains(head.TrimEnd('s')))
        {
            return EntityType.Metric;
        }
        if (TaskHeads.Contains(head))
        {
            return EntityType.Task;
        }
        if (MethodHeads.Contains(head) || (IsTitleCase(words) && !FieldHeads.Contains(head)))
        {
            return EntityType.Method;
        }
        return null;
    }

    private static ReadOnlySpan<char> FollowingWord(AbstractDocument document, AcronymDefinition acronym)
    {
        var next = document.TokenAt(acronym.Whole.End);
        if (document.IsPunctuation(next, ')') || document.IsPunctuation(next, ']'))
        {
            next++;
        }
        return next < document.Tokens.Count && document.Tokens[next].Kind == TokenKind.Word && document.Tokens[next].Sentence == acronym.Sentence
            ? document.TokenText(next)
            : [];
    }

    private static bool IsTitleCase(string[] words) =>
        words.All(w => MinorWords.Contains(w) || !char.IsLetter(w[0]) || char.IsUpper(w[0]));
}
