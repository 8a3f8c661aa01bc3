namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// An admin creates a Draft campaign from a journey template (<see cref="Journeys"/>): its coupon template first (when
/// it gives one), then the campaign naming it. The campaign is checked before anything is created.
/// </summary>
public sealed class CreateJourney(CreateCouponTemplate createTemplate, CreateCampaign createCampaign)
{
    /// <returns>Null when no journey has the code.</returns>
    public async Task<CreateCampaignOutcome?> HandleAsync(
        string code, decimal? budget, int? holdoutPercent, CancellationToken cancellationToken)
    {
        if (!Journeys.Codes.Contains(code))
        {
            return null;
        }

        var errors = Journeys.CampaignFor(code, Guid.Empty, budget, holdoutPercent)!.Validate();
        if (errors.Count > 0)
        {
            return new CreateCampaignOutcome.Invalid(errors);
        }

        Guid? templateId = null;
        if (Journeys.CouponFor(code) is { } coupon
            && await createTemplate.HandleAsync(
                coupon, cancellationToken) is CreateCouponTemplateOutcome.Created created)
        {
            templateId = created.Template.Id;
        }

        return await createCampaign.HandleAsync(
            Journeys.CampaignFor(code, templateId, budget, holdoutPercent)!, cancellationToken,
            $"created from journey {code}");
    }
}
