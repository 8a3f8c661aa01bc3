using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Segmentation.Api.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Segmentation.Api.Infrastructure.Configurations;

internal sealed class RuleSegmentConfiguration : IEntityTypeConfiguration<RuleSegment>
{
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
                new ValueComparer<RuleCriteria>(
                    (a, b) => JsonSerializer.Serialize(a, IntegrationEventJson.Options)
                        == JsonSerializer.Serialize(b, IntegrationEventJson.Options),
                    c => JsonSerializer.Serialize(c, IntegrationEventJson.Options).GetHashCode(StringComparison.Ordinal),
                    c => c));
    }
}
