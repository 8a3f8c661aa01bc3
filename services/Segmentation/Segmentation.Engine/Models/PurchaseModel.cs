namespace Loyalty.Segmentation.Engine.Models;

/// <summary>The purchase-count models the engine fits; CLI and JSON names "bg-nbd", "mbg-nbd", "pareto-nbd".</summary>
public enum PurchaseModel
{
    BgNbd,
    MbgNbd,
    ParetoNbd,
}

public static class PurchaseModelNames
{
    /// <summary>The model's CLI and JSON name.</summary>
    public static string Name(this PurchaseModel model) => model switch
    {
        PurchaseModel.BgNbd => "bg-nbd",
        PurchaseModel.MbgNbd => "mbg-nbd",
        PurchaseModel.ParetoNbd => "pareto-nbd",
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };

    /// <summary>The model a CLI or JSON name stands for.</summary>
    public static bool TryParse(string? name, out PurchaseModel model)
    {
        foreach (var candidate in Enum.GetValues<PurchaseModel>())
        {
            if (string.Equals(candidate.Name(), name, StringComparison.OrdinalIgnoreCase))
            {
                model = candidate;
                return true;
            }
        }

        model = default;
        return false;
    }
}
