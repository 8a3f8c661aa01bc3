using Loyalty.Members.Api.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Members.Api.Infrastructure.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    /// <summary>
    /// The unique index that finds a taken phone; the code that catches its violation names it through this.
    /// </summary>
    public const string PhoneIndex = "IX_members_Phone";

    /// <summary>The unique index that refuses a referral code twice (an import retries its chunk on it).</summary>
    public const string ReferralCodeIndex = "IX_members_ReferralCode";

    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.Id);
        member.Property(m => m.Phone).HasMaxLength(11);
        // Unique among members; an erased member's phone is null (nulls are distinct), so it can register again.
        member.HasIndex(m => m.Phone).IsUnique().HasDatabaseName(PhoneIndex);
        member.Ignore(m => m.IsErased);
        member.Property(m => m.Name).HasMaxLength(MemberFieldRules.MaxNameLength);
        member.Property(m => m.Gender).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.Tier).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.SkinType).HasMaxLength(32);
        member.Property(m => m.HomeStoreId).HasMaxLength(32);
        member.Property(m => m.ReferralCode).HasMaxLength(ReferralCode.Length);
        member.HasIndex(m => m.ReferralCode).IsUnique().HasDatabaseName(ReferralCodeIndex);
        member.HasIndex(m => m.ReferredByMemberId);
        member.HasIndex(m => m.InterestTags).HasMethod("gin");
        member.HasIndex(m => m.NextTierReviewOn);
        // The console's store filter and member counts per store and tier (an index-only count).
        member.HasIndex(m => new { m.HomeStoreId, m.Tier });
    }
}
