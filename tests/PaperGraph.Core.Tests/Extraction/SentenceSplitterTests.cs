using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Decimals_abbreviations_and_et_al_do_not_end_a_sentence()
    {
        const string text = "He et al. report 2.57% error, e.g. on CIFAR-10 vs. ImageNet. We improve it. Code is at https://x.org/a.b. Done!";

        var sentences = SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(
            ["He et al. report 2.57% error, e.g. on CIFAR-10 vs. ImageNet.", "We improve it.", "Code is at https://x.org/a.b.", "Done!"],
            sentences);
    }

    [Fact]
    public void Tokenised_text_splits_at_spaced_full_stops()
    {
        const string text = "We use TF - IDF . Results improve .";

        var sentences = SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(["We use TF - IDF .", "Results improve ."], sentences);
    }
}
