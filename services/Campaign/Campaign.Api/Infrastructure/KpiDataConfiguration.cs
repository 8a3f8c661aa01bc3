using Loyalty.Campaign.Api.Domain.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Campaign.Api.Infrastructure;

internal sealed class KpiDataConfiguration :
    IEntityTypeConfiguration<MemberPurchase>,
    IEntityTypeConfiguration<TierChange>,
    IEntityTypeConfiguration<PointsBalance>,
    IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<MemberPurchase> purchase)
    {
        purchase.ToTable("purchases");
        purchase.HasKey(p => p.PurchaseId);
        purchase.Property(p => p.Amount).HasPrecision(12, 2);
        purchase.Property(p => p.Refunded).HasPrecision(12, 2);
        purchase.HasIndex(p => new { p.MemberId, p.PaidAt });
        // The dashboard's figures start from the purchases paid in a date range.
        purchase.HasIndex(p => p.PaidAt);
        purchase.Property(p => p.ExternalOrderId).HasMaxLength(64);
        purchase.HasIndex(p => new { p.MemberId, p.ExternalOrderId });
    }

    public void Configure(EntityTypeBuilder<TierChange> change)
    {
        change.ToTable("tier_changes");
        change.HasKey(c => c.EventId);
        change.HasIndex(c => new { c.MemberId, c.At });
    }

    public void Configure(EntityTypeBuilder<PointsBalance> balance)
    {
        balance.ToTable("points_balances");
        balance.HasKey(b => b.MemberId);
    }

    public void Configure(EntityTypeBuilder<SurveyAnswer> answer)
    {
        answer.ToTable("survey_answers");
        answer.HasKey(a => a.AnswerId);
        answer.Property(a => a.AnswerId).ValueGeneratedNever();
        // The feedback block reads a reached member's answers after she was reached.
        answer.HasIndex(a => new { a.MemberId, a.AnsweredAt });
    }
}
