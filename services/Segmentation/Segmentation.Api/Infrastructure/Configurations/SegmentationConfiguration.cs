using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Segmentation.Api.Domain.Copies;
using Loyalty.Segmentation.Api.Domain.Models;
using Loyalty.Segmentation.Api.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Segmentation.Api.Infrastructure.Configurations;

internal sealed class SegmentationConfiguration :
    IEntityTypeConfiguration<SegmentMember>,
    IEntityTypeConfiguration<MemberPurchase>,
    IEntityTypeConfiguration<SegmentMembership>,
    IEntityTypeConfiguration<RuleSegment>,
    IEntityTypeConfiguration<ModelFit>,
    IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<SegmentMember> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.Id);
        member.Property(m => m.Id).ValueGeneratedNever();
        member.Property(m => m.Gender).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.Tier).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.HomeStoreId).HasMaxLength(32);
        member.Property(m => m.Group).HasConversion<string>().HasMaxLength(32);
        member.Property(m => m.Layer).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.Spend).HasPrecision(14, 2);
        member.Property(m => m.ExpectedSpend).HasPrecision(14, 2);
        member.Property(m => m.Clv).HasPrecision(14, 2);
        member.HasIndex(m => m.Tags).HasMethod("gin");

        // Scoring one member counts the others below it on each of R, F and M, and reads the top spends.
        member.HasIndex(m => m.Spend).HasFilter("\"Purchases\" > 0");
    }

    public void Configure(EntityTypeBuilder<MemberPurchase> purchase)
    {
        purchase.ToTable("purchases");
        purchase.HasKey(p => p.PurchaseId);
        purchase.Property(p => p.PurchaseId).ValueGeneratedNever();
        purchase.Property(p => p.Amount).HasPrecision(14, 2);
        purchase.Property(p => p.RefundedAmount).HasPrecision(14, 2);
        purchase.Ignore(p => p.Net);
        purchase.HasIndex(p => p.MemberId);
    }

    public void Configure(EntityTypeBuilder<SegmentMembership> membership)
    {
        membership.ToTable("segment_memberships");
        membership.HasKey(m => new { m.SegmentCode, m.MemberId });
        membership.Property(m => m.SegmentCode).HasMaxLength(64);
        membership.HasIndex(m => m.MemberId);
    }

    public void Configure(EntityTypeBuilder<RuleSegment> segment)
    {
        segment.ToTable("rule_segments");
        segment.HasKey(s => s.Code);
        segment.Property(s => s.Code).HasMaxLength(64);
        segment.Property(s => s.Name).HasMaxLength(RuleSegmentRules.MaxNameLength);
        segment.Ignore(s => s.Definition);
        segment.Property(s => s.Criteria)
            .HasColumnType("jsonb")
            .HasConversion(
                c => JsonSerializer.Serialize(c, IntegrationEventJson.Options),
                json => JsonSerializer.Deserialize<RuleCriteria>(json, IntegrationEventJson.Options)!,
                new ValueComparer<RuleCriteria>((a, b) => JsonSerializer.Serialize(a, IntegrationEventJson.Options) == JsonSerializer.Serialize(b, IntegrationEventJson.Options), c => JsonSerializer.Serialize(c, IntegrationEventJson.Options).GetHashCode(StringComparison.Ordinal), c => c));
    }

    public void Configure(EntityTypeBuilder<ModelFit> fit)
    {
        fit.ToTable("model_fits");
        fit.HasKey(f => f.Id);
        fit.Property(f => f.Id).UseIdentityAlwaysColumn();
        fit.Property(f => f.TimeUnit).HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<JobRun> run)
    {
        run.ToTable("job_runs");
        run.HasKey(r => new { r.Job, r.RunDate });
        run.Property(r => r.Job).HasMaxLength(64);
        run.Property(r => r.Outcome).HasMaxLength(500);
    }
}
