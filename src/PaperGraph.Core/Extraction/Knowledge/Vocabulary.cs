using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>The cue words and head nouns the rules look words up in, one file each under
/// Extraction/KnowledgeBase/vocabulary: one word or affix a line, # starts a comment. Each rule
/// reads its lists once, into static fields.</summary>
internal static class Vocabulary
{
    public const string Folder = "vocabulary";

    /// <summary>The list as a set; <paramref name="ignoreCase"/> false for lists of capitalised spellings.</summary>
    public static WordSet Words(string list, bool ignoreCase = true) => new(ignoreCase, Entries(list));

    /// <summary>The list's lines in file order, for affixes and phrases searched inside words.</summary>
    public static string[] Entries(string list)
    {
        using var reader = KnowledgeResource.Open($"{Folder}/{list}.txt");
        var entries = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                entries.Add(entry);
            }
        }
        return entries.ToArray();
    }

    /// <summary>The names of all the embedded lists.</summary>
    public static IEnumerable<string> Lists() =>
        KnowledgeResource.In(Folder, ".txt").Select(p => Path.GetFileNameWithoutExtension(p));
}
