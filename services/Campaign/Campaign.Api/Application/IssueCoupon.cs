using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Staff issue a coupon of a template to a member. The per-member limit applies; the template row lock serialises
/// issues of one template, so the limit holds under concurrency. A request id makes a retry issue once: the same id
/// again (or a concurrent twin that lost the race on the unique SourceRef) answers with the coupon issued first.
/// </summary>
public sealed class IssueCoupon(CampaignDbContext db, CouponIssuer issuer, TimeProvider timeProvider)
{
    public async Task<IssueCouponOutcome> HandleAsync(
        Guid templateId, Guid memberId, Guid? requestId, CancellationToken cancellationToken)
    {
        var sourceRef = $"staff:{requestId ?? Guid.NewGuid()}";
        if (requestId is not null && await IssuedAsync(sourceRef, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        return await db.RunAsync<IssueCouponOutcome>(
            async ct =>
            {
                if (await db.IsErasedAsync(memberId, ct))
                {
                    return new IssueCouponOutcome.MemberErased();
                }

                var now = timeProvider.GetUtcNow();
                var template = await db.LockTemplateAsync(templateId, ct);
                if (template is null)
                {
                    return new IssueCouponOutcome.TemplateNotFound();
                }

                if (template.PerMemberLimit is { } limit
                    && !template.AllowsAnother(
                        await db.Coupons.CountAsync(c => c.TemplateId == templateId && c.MemberId == memberId, ct)))
                {
                    return new IssueCouponOutcome.LimitReached(limit);
                }

                if (template.ValidityFor(now).Until <= now)
                {
                    return new IssueCouponOutcome.TemplateEnded();
                }

                return new IssueCouponOutcome.Issued(
                    issuer.Issue(template, memberId, null, CouponSource.Staff, sourceRef, now), template);
            },
            [new(CouponConfiguration.SourceRefIndex, async ct => (await IssuedAsync(sourceRef, ct))!)],
            cancellationToken);
    }

    private async Task<IssueCouponOutcome?> IssuedAsync(string sourceRef, CancellationToken cancellationToken)
    {
        var found = await (from c in db.Coupons.AsNoTracking()
                           join t in db.CouponTemplates.AsNoTracking() on c.TemplateId equals t.Id
                           where c.SourceRef == sourceRef
                           select new { c, t }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new IssueCouponOutcome.Repeated(found.c, found.t);
    }
}

/// <summary>How a staff issue ended.</summary>
public abstract record IssueCouponOutcome
{
    private IssueCouponOutcome()
    {
    }

    public sealed record Issued(Coupon Coupon, CouponTemplate Template) : IssueCouponOutcome;

    /// <summary>The request id was issued before: the coupon issued then.</summary>
    public sealed record Repeated(Coupon Coupon, CouponTemplate Template) : IssueCouponOutcome;

    public sealed record TemplateNotFound : IssueCouponOutcome;

    /// <summary>The member holds <paramref name="Limit"/> coupons of the template, the most allowed.</summary>
    public sealed record LimitReached(int Limit) : IssueCouponOutcome;

    /// <summary>The template's validity has ended.</summary>
    public sealed record TemplateEnded : IssueCouponOutcome;

    /// <summary>The member's personal data was erased: nothing more is issued to her.</summary>
    public sealed record MemberErased : IssueCouponOutcome;
}
