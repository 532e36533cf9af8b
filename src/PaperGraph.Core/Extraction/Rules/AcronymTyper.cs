using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>The type of an acronym the knowledge base lacks, from the word after it ("(SDFA)
/// module") or its long form: "... Dataset" is a dataset, "... Precision" a metric, "... Learning"
/// a task, a proposed name or a named technique ("... Network", "Convergent Cross Mapping") a
/// method. Other acronyms ("magnetic resonance imaging (MRI)") are not entities.</summary>
internal static class AcronymTyper
{
    private static readonly WordSet DatasetHeads = Vocabulary.Words("dataset-heads");

    private static readonly WordSet MetricHeads = Vocabulary.Words("metric-heads");

    private static readonly WordSet MethodHeads = Vocabulary.Words("method-heads");

    /// <summary>Long forms naming a problem ("parameter-efficient transfer learning (PETL)") are tasks.</summary>
    private static readonly WordSet TaskHeads = Vocabulary.Words("acronym-task-heads");

    /// <summary>Fields and modalities written in title case ("Magnetic Resonance Imaging") are not methods.</summary>
    private static readonly WordSet FieldHeads = Vocabulary.Words("field-heads");

    private static readonly WordSet MinorWords = Vocabulary.Words("minor-words");

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
