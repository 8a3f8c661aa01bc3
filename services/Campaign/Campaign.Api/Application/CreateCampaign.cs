using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// An admin creates a campaign (Draft) with its budget shares; the domain's rules and the templates it names decide.
/// </summary>
public sealed class CreateCampaign(CampaignDbContext db, IAuditTrail audit, TimeProvider timeProvider)
{
    /// <param name="action">What the audit trail calls it: created by hand, or from a journey.</param>
    public Task<CreateCampaignOutcome> HandleAsync(
        CampaignDefinition definition, CancellationToken cancellationToken, string action = AuditActions.Created) =>
        db.RunAsync<CreateCampaignOutcome>(
            async ct =>
            {
                var errors = definition.Validate();
                if (definition.CouponTemplateId is { } templateId && !await TemplateExistsAsync(templateId, ct))
                {
                    errors["couponTemplateId"] = ["No such coupon template."];
                }

                if (definition is { GrowthTask: not null, RewardCouponTemplateId: { } rewardId }
                    && !await TemplateExistsAsync(rewardId, ct))
                {
                    errors["rewardCouponTemplateId"] = ["No such coupon template."];
                }

                if (errors.Count > 0)
                {
                    return new CreateCampaignOutcome.Invalid(errors);
                }

                var now = timeProvider.GetUtcNow();
                var campaign = MarketingCampaign.Create(Guid.CreateVersion7(now), definition, now);
                var shares = campaign.BudgetShares(definition.BudgetSplit);
                db.Campaigns.Add(campaign);
                db.BudgetShares.AddRange(shares);
                audit.Record(campaign, action);
                return new CreateCampaignOutcome.Created(campaign, shares);
            },
            cancellationToken);

    private Task<bool> TemplateExistsAsync(Guid templateId, CancellationToken cancellationToken) =>
        db.CouponTemplates.AnyAsync(t => t.Id == templateId, cancellationToken);
}

/// <summary>How creating a campaign ended.</summary>
public abstract record CreateCampaignOutcome
{
    private CreateCampaignOutcome()
    {
    }

    public sealed record Created(MarketingCampaign Campaign, IReadOnlyList<BudgetShare> Shares) : CreateCampaignOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : CreateCampaignOutcome;
}
