using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Earning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Points.Api.Infrastructure.Configurations;

internal sealed class LedgerConfiguration : IEntityTypeConfiguration<LedgerEntry>, IEntityTypeConfiguration<PointsLot>
{
    /// <summary>A survey earns its bonus once per member and reference (an invitation, a paper form).</summary>
    public const string SurveyBonusOnceIndex = "IX_ledger_entries_survey_bonus_once";

    public void Configure(EntityTypeBuilder<LedgerEntry> entry)
    {
        entry.ToTable("ledger_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        // History is read per member, newest first, a page at a time.
        entry.HasIndex(e => new { e.MemberId, e.Sequence });
        entry.HasIndex(e => e.SourceRef);
        entry.HasIndex(e => new { e.MemberId, e.SourceRef }).IsUnique().HasDatabaseName(SurveyBonusOnceIndex)
            .HasFilter($"\"Reason\" = '{EarningRuleCodes.SurveyBonus}'");
        entry.Property(e => e.Reason).HasMaxLength(64);
        entry.Property(e => e.SourceRef).HasMaxLength(128);
    }

    public void Configure(EntityTypeBuilder<PointsLot> lot)
    {
        lot.ToTable("lots", table => table.HasCheckConstraint("ck_lots_remaining_not_negative", "\"Remaining\" >= 0"));
        lot.HasKey(l => l.Id);
        // Spending and expiry walk a member's open lots by expiry.
        lot.HasIndex(l => new { l.MemberId, l.ExpiresAt }).HasFilter("\"Remaining\" > 0");
        // Expiry and the liability report look across members at the lots due by a date.
        lot.HasIndex(l => l.ExpiresAt).HasFilter("\"Remaining\" > 0");
    }
}
