using PaperGraph.Ml.Merges;

namespace PaperGraph.Ml.Tests.Merges;

public sealed class NameRelationTests
{
    [Theory]
    [InlineData("CIFAR-10", "CIFAR-100")]
    [InlineData("ResNet-50", "ResNet-101")]
    [InlineData("YOLOv4", "YOLOv7")]
    [InlineData("top-1", "top-5")]
    [InlineData("semi-supervised learning", "self-supervised learning")]
    [InlineData("micro-expression recognition", "macro-expression recognition")]
    [InlineData("unstructured pruning", "structured pruning")]
    [InlineData("subgraph classification", "graph classification")]
    [InlineData("QAT", "PTQ")]
    [InlineData("GM", "GMNs")]
    [InlineData("DiT", "Stable Diffusion")]
    public void Names_that_differ_in_a_number_a_word_or_a_letter_of_an_acronym_are_distinct(string first, string second)
    {
        Assert.Equal(NameRelation.Distinct, NameRelations.Of(new NameParts(first), new NameParts(second)));
        Assert.Equal(NameRelation.Distinct, NameRelations.Of(new NameParts(second), new NameParts(first)));
    }

    [Theory]
    [InlineData("sequence modelling", "sequence modeling")]
    [InlineData("self-supervised pre-training", "self supervised pretraining")]
    [InlineData("top-1", "top-1 accuracy")]
    [InlineData("CSPNet", "CSP")]
    [InlineData("ResNet", "ResNets")]
    [InlineData("LiTS", "Liver Tumor Segmentation Challenge")]
    [InlineData("CNN", "convolutional neural network")]
    public void Spellings_plurals_filler_words_and_acronyms_may_be_duplicates(string first, string second)
    {
        Assert.Equal(NameRelation.PossibleDuplicate, NameRelations.Of(new NameParts(first), new NameParts(second)));
    }

    [Theory]
    [InlineData("ImageNet-1K", "ImageNet")]
    [InlineData("Tiny ImageNet", "ImageNet")]
    [InlineData("XFMamba", "Mamba")]
    [InlineData("RadImageNet", "ImageNet")]
    [InlineData("long-range sequence modeling", "sequence modelling")]
    public void A_name_with_a_qualifier_is_a_variant_of_the_plain_name(string variant, string plain)
    {
        Assert.Equal(NameRelation.FirstIsVariant, NameRelations.Of(new NameParts(variant), new NameParts(plain)));
        Assert.Equal(NameRelation.SecondIsVariant, NameRelations.Of(new NameParts(plain), new NameParts(variant)));
    }
}
