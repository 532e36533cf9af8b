using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Ml.Links;

/// <summary>Finds where known entity names occur in a text as whole words: runs of up to <see cref="MaxWords"/> words
/// whose letters and digits spell a name ("CIFAR-10" and "CIFAR 10" both spell cifar10). Names of four letters or
/// fewer match only with their capitals as written, so the word "id" is not the dataset "ID"; names with neither a
/// capital nor a digit are descriptions, not names, and are left out.</summary>
public sealed class NameOccurrences
{
    public const int MaxWords = 5;
    private const int ShortName = 4;

    private readonly Dictionary<string, List<(string EntityKey, string Name)>> _byFold = new(StringComparer.Ordinal);

    public void Add(string entityKey, string name)
    {
        var exact = LettersAndDigits(name);
        if (exact.Length < 2 || !exact.Any(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            return;
        }
        var fold = exact.Length <= ShortName ? exact : exact.ToLowerInvariant();
        if (!_byFold.TryGetValue(fold, out var entities))
        {
            _byFold[fold] = entities = [];
        }
        if (!entities.Any(entity => entity.EntityKey == entityKey))
        {
            entities.Add((entityKey, name));
        }
    }

    /// <summary>Each entity named in <paramref name="text"/>, with the name that matched.</summary>
    public Dictionary<string, string> In(string text)
    {
        var words = Words(text);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var start = 0; start < words.Count; start++)
        {
            var spelled = "";
            for (var length = 1; length <= MaxWords && start + length <= words.Count; length++)
            {
                spelled += words[start + length - 1];
                var fold = spelled.Length <= ShortName ? spelled : spelled.ToLowerInvariant();
                if (_byFold.TryGetValue(fold, out var entities))
                {
                    foreach (var (key, name) in entities)
                    {
                        found.TryAdd(key, name);
                    }
                }
            }
        }
        return found;
    }

    private static List<string> Words(string text) =>
        WordRuns.In(text).Select(run => text.Substring(run.Start, run.Length)).ToList();

    private static string LettersAndDigits(string name) => new(name.Where(char.IsLetterOrDigit).ToArray());
}
