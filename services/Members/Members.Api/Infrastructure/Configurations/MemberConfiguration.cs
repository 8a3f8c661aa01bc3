using Loyalty.Members.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Members.Api.Infrastructure;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    /// <summary>The unique index that finds a taken phone; the code that catches its violation names it through this.</summary>
    public const string PhoneIndex = "IX_members_Phone";

    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.Id);
        member.Property(m => m.Phone).HasMaxLength(11);
        member.HasIndex(m => m.Phone).IsUnique().HasDatabaseName(PhoneIndex);
        member.Property(m => m.Name).HasMaxLength(MemberFieldRules.MaxNameLength);
        member.Property(m => m.Gender).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.Tier).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.SkinType).HasMaxLength(32);
        member.Property(m => m.HomeStoreId).HasMaxLength(32);
        member.Property(m => m.ReferralCode).HasMaxLength(ReferralCode.Length);
        member.HasIndex(m => m.ReferralCode).IsUnique();
        member.HasIndex(m => m.ReferredByMemberId);
        member.HasIndex(m => m.InterestTags).HasMethod("gin");
        member.HasIndex(m => m.NextTierReviewOn);
    }
}
