namespace PaperGraph.Core.Extraction.Text;

/// <summary>An abstract split once into sentences and tokens, shared by all rules.</summary>
internal sealed class AbstractDocument
{
    private readonly int[] _sentenceFirstToken;

    public AbstractDocument(string text)
    {
        Text = text;
        Sentences = SentenceSplitter.Split(text);
        Tokens = Tokenizer.Tokenize(text, Sentences);
        _sentenceFirstToken = new int[Sentences.Count + 1];
        var t = 0;
        for (var s = 0; s < Sentences.Count; s++)
        {
            _sentenceFirstToken[s] = t;
            while (t < Tokens.Count && Tokens[t].Sentence == s)
            {
                t++;
            }
        }
        _sentenceFirstToken[Sentences.Count] = Tokens.Count;
        IsLowerCased = !text.Any(char.IsUpper);
    }

    /// <summary>Text with no capitals at all (some corpora are lower-cased): spellings cannot be
    /// told apart by case, so case-sensitive names match in any case.</summary>
    public bool IsLowerCased { get; }

    public string Text { get; }

    public List<TextSpan> Sentences { get; }

    public List<Token> Tokens { get; }

    public int FirstTokenOf(int sentence) => _sentenceFirstToken[sentence];

    /// <summary>One past the last token of the sentence.</summary>
    public int EndTokenOf(int sentence) => _sentenceFirstToken[sentence + 1];

    public ReadOnlySpan<char> TokenText(int index) => Tokens[index].Of(Text);

    public string TextOf(TextSpan span) => Text[span.Start..span.End];

    /// <summary>The text span from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    public bool TokenIs(int index, string value) =>
        index >= 0 && index < Tokens.Count && TokenText(index).Equals(value, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(int index, char c) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Kind == TokenKind.Punctuation && Text[Tokens[index].Start] == c;

    /// <summary>Whether the token is a word (not a number or punctuation) of the set.</summary>
    public bool IsWordIn(int index, WordSet words) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Kind == TokenKind.Word && words.Contains(TokenText(index));

    /// <summary>Whether any token of the sentence is in the set.</summary>
    public bool SentenceHas(int sentence, WordSet words) => AnyIn(FirstTokenOf(sentence), EndTokenOf(sentence), words);

    /// <summary>Whether any token from <paramref name="first"/> up to (not including) <paramref name="end"/>
    /// is in the set; the range is clipped to the tokens.</summary>
    public bool AnyIn(int first, int end, WordSet words)
    {
        for (var i = Math.Max(first, 0); i < Math.Min(end, Tokens.Count); i++)
        {
            if (words.Contains(TokenText(i)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The index after a list separator at <paramref name="index"/>: ",", "and", "or" or
    /// ", and"; <paramref name="index"/> itself when there is none.</summary>
    public int AfterListSeparator(int index)
    {
        if (IsPunctuation(index, ','))
        {
            index++;
        }
        if (TokenIs(index, "and") || TokenIs(index, "or"))
        {
            index++;
        }
        return index;
    }

    /// <summary>Index of the token that starts at or after the offset.</summary>
    public int TokenAt(int offset) => LowerBound.Of(Tokens, offset, static (token, at) => token.Start < at);
}
