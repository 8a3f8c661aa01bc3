using Loyalty.Feedback.Api.Domain.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Feedback.Api.Infrastructure.Configurations;

internal sealed class FeedbackMemberConfiguration : IEntityTypeConfiguration<FeedbackMember>
{
    public void Configure(EntityTypeBuilder<FeedbackMember> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.MemberId);
        member.Property(m => m.HomeStoreId).HasMaxLength(64);
    }
}

internal sealed class MemberConsentConfiguration : IEntityTypeConfiguration<MemberConsent>
{
    public void Configure(EntityTypeBuilder<MemberConsent> consent)
    {
        consent.ToTable("consents");
        consent.HasKey(c => new { c.MemberId, c.Channel, c.Purpose });
        consent.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        consent.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class SegmentMembershipConfiguration : IEntityTypeConfiguration<SegmentMembership>
{
    public void Configure(EntityTypeBuilder<SegmentMembership> membership)
    {
        membership.ToTable("segment_memberships");
        membership.HasKey(s => new { s.MemberId, s.SegmentCode });
        membership.Property(s => s.SegmentCode).HasMaxLength(64);
        membership.HasIndex(s => new { s.SegmentCode, s.IsMember });
    }
}
