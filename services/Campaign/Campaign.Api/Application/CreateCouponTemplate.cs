using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Infrastructure;

namespace Loyalty.Campaign.Api.Application;

/// <summary>An admin creates a coupon template; the domain's rules refuse what cannot be one.</summary>
public sealed class CreateCouponTemplate(CampaignDbContext db, IAuditTrail audit, TimeProvider timeProvider)
{
    public Task<CreateCouponTemplateOutcome> HandleAsync(
        CouponTemplateDefinition definition, CancellationToken cancellationToken) =>
        db.RunAsync<CreateCouponTemplateOutcome>(
            _ =>
            {
                var now = timeProvider.GetUtcNow();
                var template = definition.ToTemplate(Guid.CreateVersion7(now), now);
                var errors = template.Validate();
                if (errors.Count > 0)
                {
                    return Task.FromResult<CreateCouponTemplateOutcome>(
                        new CreateCouponTemplateOutcome.Invalid(errors));
                }

                db.CouponTemplates.Add(template);
                audit.Record(template, AuditActions.Created);
                return Task.FromResult<CreateCouponTemplateOutcome>(new CreateCouponTemplateOutcome.Created(template));
            },
            cancellationToken);
}

/// <summary>How creating a coupon template ended.</summary>
public abstract record CreateCouponTemplateOutcome
{
    private CreateCouponTemplateOutcome()
    {
    }

    public sealed record Created(CouponTemplate Template) : CreateCouponTemplateOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : CreateCouponTemplateOutcome;
}
