namespace Loyalty.Segmentation.Engine.Models;

public static class PurchaseModels
{
    /// <summary>BG/NBD, MBG/NBD, Pareto/NBD.</summary>
    public static IReadOnlyList<IPurchaseModel> All { get; } =
        [new BgNbdPurchaseModel(), new MbgNbdPurchaseModel(), new ParetoNbdPurchaseModel()];

    public static IPurchaseModel For(PurchaseModel model) =>
        All.FirstOrDefault(m => m.Model == model) ?? throw new ArgumentOutOfRangeException(nameof(model));
}
