using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class VariantTests
{
    [Fact]
    public void Variant_has_its_parent()
    {
        var extraction = DefaultExtractor.Extract("We pre-train on ImageNet-1K and evaluate on CIFAR-100.");

        var variant = Assert.Single(extraction.Entities, e => e.Name == "ImageNet-1K");
        Assert.Equal("ImageNet", variant.Parent);
    }

    [Theory]
    [InlineData("BERT-large", "BERT")]
    [InlineData("RoBERTa-base", "RoBERTa")]
    public void Model_size_word_keeps_the_written_variant_name(string written, string parent)
    {
        var extraction = DefaultExtractor.Extract($"We fine-tune {written} on SST-2.");

        var variant = Assert.Single(extraction.Entities, e => e.Type == EntityType.Method);
        Assert.Equal(written, variant.Name);
        Assert.Equal(parent, variant.Parent);
    }

    [Theory]
    [InlineData("ImageNet-1k", "ImageNet")]
    [InlineData("Tiny-ImageNet", "ImageNet")]
    [InlineData("CIFAR-10-C", "CIFAR-10")]
    public void Knowledge_base_spellings_resolve_to_variants_with_parents(string spelling, string parent)
    {
        var entry = KnowledgeBase.LoadEmbedded().Find(EntityType.Dataset, spelling);

        Assert.NotNull(entry);
        Assert.Equal(parent, entry.Parent);
    }

    [Fact]
    public void Usual_spellings_share_one_canonical_dataset()
    {
        var extraction = DefaultExtractor.Extract("Results on MS COCO, MS-COCO and COCO, and on CIFAR10 and CIFAR-10, and ILSVRC-2012.");

        var names = extraction.Entities.Where(e => e.Type == EntityType.Dataset).Select(e => e.Name).ToList();
        Assert.Equal(["COCO", "CIFAR-10", "ImageNet"], names);
    }

    [Theory]
    [InlineData("LSTM-CRF", "BiLSTM-CRF")]
    [InlineData("Transformer-big", "Transformer-big")]
    public void Named_nlp_architectures_are_not_cut_to_their_first_part(string written, string canonical)
    {
        var extraction = DefaultExtractor.Extract($"the {written} model obtains an F1 of 91.2 on CoNLL-2003 .");

        var method = Assert.Single(extraction.Entities, e => e.Type == EntityType.Method);
        Assert.Equal(canonical, method.Name);
        Assert.Contains(extraction.Mentions, m => m.Text == written);
    }
}
