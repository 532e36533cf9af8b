using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Model;

public sealed class NameFoldTests
{
    [Theory]
    [InlineData("MS-COCO", "mscoco")]
    [InlineData("Cross Stage Partial Network", "crossstagepartialnetwork")]
    [InlineData("ImageNet-1K", "imagenet1k")]
    [InlineData("Fréchet Inception Distance", "fréchetinceptiondistance")]
    public void Entity_keys_of_normal_names_fold_to_lower_letters_and_digits(string name, string folded) =>
        Assert.Equal(folded, EntityKey.Fold(name));

    [Theory]
    [InlineData("MS - COCO")]
    [InlineData("Conflict-Aware Sparsification (CA)")]
    public void Entity_key_and_lookup_fold_agree(string name) =>
        Assert.Equal(EntityKey.Fold(name), NameFold.Fold(name));

    [Fact]
    public void Names_longer_than_512_characters_fold_whole_and_alike()
    {
        var name = string.Concat(Enumerable.Repeat("Long-Name ", 80));

        Assert.Equal(640, EntityKey.Fold(name).Length);
        Assert.Equal(EntityKey.Fold(name), NameFold.Fold(name));
    }

    [Fact]
    public void Case_preserving_fold_keeps_capitals() =>
        Assert.Equal("MSCOCO", NameFold.Fold("MS-COCO", lower: false));
}
