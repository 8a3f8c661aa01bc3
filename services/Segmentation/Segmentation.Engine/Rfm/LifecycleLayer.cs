namespace Loyalty.Segmentation.Engine.Rfm;

/// <summary>The lifecycle layers of the brief (seed 004); members who meet none of their rules are Unlayered.</summary>
public enum LifecycleLayer
{
    New,
    Active,
    Dormant,
    Unlayered,
}
