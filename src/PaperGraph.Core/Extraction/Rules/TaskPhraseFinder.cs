using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Task names the knowledge base lacks: a task head noun ("segmentation", "detection",
/// "recommendation") with the domain words written before it ("polyp segmentation", "traffic object
/// detection", "cross-silo federated learning"). Qualities ("efficient", "real-time"), verbs and
/// function words are not part of a task name.</summary>
internal static class TaskPhraseFinder
{
    private const int MaxModifiers = 3;

    private static readonly WordSet Heads = new(
        "segmentation", "detection", "classification", "categorization", "disambiguation", "simplification",
        "labeling", "labelling", "spotting", "correction", "linking", "ranking", "recognition", "generation", "synthesis", "prediction",
        "estimation", "translation", "retrieval", "captioning", "answering", "tracking", "completion",
        "summarization", "comprehension", "parsing", "tagging", "recommendation", "forecasting", "localization", "reconstruction",
        "editing", "restoration", "denoising", "deblurring", "inpainting", "super-resolution", "search", "pruning",
        "compression", "quantization", "distillation", "adaptation", "learning", "modeling", "modelling",
        "understanding", "reasoning", "planning", "navigation", "manipulation", "discovery", "clustering",
        "regression", "fine-tuning", "pre-training", "pretraining", "merging", "counting", "verification",
        "identification", "stylization", "diagnosis");

    private static readonly WordSet NotModifiers = new(
        "a", "an", "the", "this", "that", "these", "those", "our", "their", "its", "his", "her", "we", "they", "it",
        "and", "or", "but", "nor", "of", "for", "in", "on", "at", "to", "by", "with", "from", "via", "into", "as",
        "than", "over", "under", "between", "across", "through", "during", "within", "without", "about", "per",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "can", "could",
        "may", "might", "will", "would", "should", "must", "not", "no", "both", "each", "all", "any", "some",
        "such", "other", "more", "most", "less", "many", "much", "few", "several", "various", "multiple",
        "different", "diverse", "new", "novel", "existing", "previous", "prior", "recent", "current", "modern",
        "efficient", "effective", "accurate", "robust", "fast", "faster", "real-time", "realtime", "scalable",
        "simple", "general", "generic", "standard", "conventional", "traditional", "classical", "challenging",
        "difficult", "hard", "important", "popular", "large-scale", "small-scale", "high-quality", "better",
        "improved", "superior", "strong", "stronger", "competitive", "state-of-the-art", "downstream", "deep",
        "machine", "based", "related", "specific", "overall", "final", "whole", "joint", "full", "high", "low",
        "good", "best", "key", "main", "major", "typical", "common", "widely", "also", "then", "thus", "which",
        "where", "when", "while", "how", "what", "whether", "further", "single", "one", "two", "three", "same",
        "end-to-end", "powerful", "practical", "successful", "advanced", "remarkable", "significant", "large",
        "small", "unified", "versatile", "flexible", "reliable", "precise", "automatic", "automated", "human",
        "model", "models", "method", "methods", "task", "tasks", "approach", "approaches", "network", "networks",
        "performance", "accuracy", "data", "training", "learning", "inference", "test", "level", "scale",
        "beyond", "toward", "towards", "against", "among", "upon", "like", "unlike", "versus", "vs", "neither",
        "either", "only", "even", "still", "yet", "so", "very", "too", "public", "tiny", "two-stage", "usage",
        "propose", "present", "introduce", "use", "make", "train", "call", "consider", "explore", "reduce",
        "accelerate", "incorporate", "formulate", "perform", "enable", "improve", "achieve", "address", "tackle",
        "solve", "apply", "study", "investigate", "evaluate", "support", "facilitate", "boost", "enhance",
        "allow", "help", "leverage", "require", "provide", "show", "demonstrate", "outperform", "conduct",
        "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
        "why", "before", "after", "complex", "moderate", "subsequent", "auxiliary", "additional", "extra",
        "naive", "generalized", "holistic", "comprehensive", "global", "local", "heavy", "light", "lightweight",
        "expensive", "costly", "cheap", "limited", "extensive", "intensive", "sufficient", "weak", "stable",
        "noisy", "clean", "broad", "wide", "narrow", "shallow", "original", "numerous", "underlying",
        "corresponding", "respective", "relevant", "substantial", "considerable", "crucial", "essential",
        "fundamental", "basic", "primary", "secondary", "initial", "early", "late", "future", "potential",
        "possible", "certain", "particular", "individual", "independent", "separate", "entire", "total",
        "direct", "indirect", "explicit", "implicit", "manual", "proper", "optimal", "suboptimal", "efficiently",
        "tradistional", "critical", "fair", "exact", "approximate", "rapid", "slow", "easy",
        "tremendous", "great", "huge", "massive", "minimal", "maximal", "quick", "whereas", "if",
        "out", "up", "down", "off", "own", "in-depth", "thorough", "careful", "principled", "improving",
        "consistent", "excellent", "custom", "requisite", "synergic", "target", "desired", "desirable",
        "promising", "superb", "outstanding", "notable", "poor", "every", "random", "often", "real-world", "end");

    /// <summary>Hyphenated qualities ("task-agnostic", "memory-efficient") describe, they do not name.</summary>
    private static readonly string[] QualitySuffixes =
    [
        "-agnostic", "-specific", "-aware", "-based", "-free", "-efficient", "-friendly", "-level", "-wise",
        "-driven", "-guided", "-like", "-scale", "-time", "-quality", "-of-the-art", "-intensive", "-oriented",
        "-grained", "-consuming", "-effective", "-independent", "-dependent", "-preserving", "-style",
    ];

    private static readonly WordSet TaskNouns = new("task", "tasks");

    public static List<TextSpan> Find(AbstractDocument document)
    {
        var found = new List<TextSpan>();
        var tokens = document.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            if (Heads.Contains(HeadText(document, i, out var headFirst)))
            {
                AddWithModifiers(document, headFirst, i, found);
            }
            else if (document.IsWordIn(i, TaskNouns) && CompoundWord.LastToken(document, i) == i && IsTaskHead(document, i - 1))
            {
                // "the sentence ordering task", "story cloze tasks": the words before "task" name it.
                AddWithModifiers(document, i - 1, i - 1, found);
            }
        }
        return found;
    }

    /// <summary>The head with up to <see cref="MaxModifiers"/> domain words before it, when it has any.</summary>
    private static void AddWithModifiers(AbstractDocument document, int headFirst, int last, List<TextSpan> found)
    {
        var tokens = document.Tokens;
        var first = headFirst;
        var modifiers = 0;
        var j = headFirst - 1;
        while (j >= 0 && modifiers < MaxModifiers && tokens[j].Sentence == tokens[last].Sentence)
        {
            var wordFirst = CompoundStart(document, j);
            if (!IsModifier(document, wordFirst, j))
            {
                break;
            }
            first = wordFirst;
            modifiers++;
            j = wordFirst - 1;
        }
        // "to accomplish tumor segmentation": a verb after "to" is not part of the task.
        if (modifiers > 0 && document.TokenIs(first - 1, "to"))
        {
            first = CompoundWord.LastToken(document, first) + 1;
            modifiers--;
        }
        if (modifiers > 0)
        {
            found.Add(document.SpanOf(first, last));
        }
    }

    /// <summary>A plain lower-case word in the singular right before "task" ("ordering", "cloze");
    /// known task heads are found on their own.</summary>
    private static bool IsTaskHead(AbstractDocument document, int index)
    {
        if (index < 1 || document.Tokens[index].Kind != TokenKind.Word || CompoundStart(document, index) != index
            || document.Tokens[index].Sentence != document.Tokens[index + 1].Sentence)
        {
            return false;
        }
        var word = document.TokenText(index);
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }
        return word.Length > 2 && !Heads.Contains(word) && !NotModifiers.Contains(word)
               && !(word.EndsWith('s') && !word.EndsWith("ss")) && !word.EndsWith("ed") && !word.EndsWith("ly");
    }

    /// <summary>The head word, taking "super-resolution" and "pre-training" whole.</summary>
    private static ReadOnlySpan<char> HeadText(AbstractDocument document, int last, out int first)
    {
        first = CompoundStart(document, last);
        var whole = CompoundWord.Text(document, first, last);
        if (Heads.Contains(whole))
        {
            return whole;
        }
        first = last;
        return document.TokenText(last);
    }

    private static int CompoundStart(AbstractDocument document, int last)
    {
        var first = last;
        while (first >= 2 && document.Tokens[first - 1].Kind == TokenKind.Punctuation
               && document.Text[document.Tokens[first - 1].Start] == '-'
               && document.Tokens[first - 1].Start == document.Tokens[first - 2].End
               && document.Tokens[first].Start == document.Tokens[first - 1].End
               && document.Tokens[first - 2].IsContent)
        {
            first -= 2;
        }
        return first;
    }

    /// <summary>A lower-case noun or short acronym ("polyp", "cross-silo", "RGBD", "3D"); not a
    /// quality, verb form, adverb or function word.</summary>
    private static bool IsModifier(AbstractDocument document, int first, int last)
    {
        if (!document.Tokens[first].IsContent)
        {
            return false;
        }
        var word = CompoundWord.Text(document, first, last);
        if (NotModifiers.Contains(word))
        {
            return false;
        }
        foreach (var suffix in QualitySuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        // Directions of a mapping name the task: "English-to-German translation", "text-to-SQL parsing".
        if (word.Contains("-to-", StringComparison.Ordinal))
        {
            return true;
        }
        if (first == last && word.Length <= 5 && NameShape.IsCoined(word) || (word.Length == 2 && char.IsDigit(word[0]) && word[1] == 'D'))
        {
            return true;
        }
        if (!char.IsLower(word[0]) || word.Length < 2)
        {
            return false;
        }
        var tail = document.TokenText(last);
        return !(tail.EndsWith("ing") || tail.EndsWith("ed") || tail.EndsWith("ly") || (tail.EndsWith('s') && !tail.EndsWith("ss")) || tail.EndsWith("ive") || tail.EndsWith("ous") || tail.EndsWith("able") || tail.EndsWith("ful"));
    }
}
