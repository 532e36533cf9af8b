namespace PaperGraph.Web.E2ETests;

/// <summary>Where a node's label is drawn on screen, in canvas pixels.</summary>
public sealed record LabelBox(string Id, double X1, double Y1, double X2, double Y2)
{
    public bool Overlaps(LabelBox other) => X1 < other.X2 && other.X1 < X2 && Y1 < other.Y2 && other.Y1 < Y2;
}
