using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Campaign.Api.Infrastructure;

internal sealed class CampaignConfiguration :
    IEntityTypeConfiguration<MarketingCampaign>,
    IEntityTypeConfiguration<BudgetShare>,
    IEntityTypeConfiguration<CampaignDelivery>,
    IEntityTypeConfiguration<MemberContact>
{
    public void Configure(EntityTypeBuilder<MarketingCampaign> campaign)
    {
        campaign.ToTable("campaigns");
        campaign.HasKey(c => c.Id);
        campaign.Property(c => c.Name).HasMaxLength(128);
        campaign.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        campaign.Property(c => c.Trigger).HasConversion<string>().HasMaxLength(32);
        campaign.Property(c => c.TriggerSegment).HasMaxLength(64);
        campaign.Property(c => c.MessageTemplate).HasMaxLength(64);
        campaign.Property(c => c.Budget).HasPrecision(14, 2);
        campaign.Property(c => c.GrowthTask).HasConversion<string>().HasMaxLength(32);
        campaign.Property(c => c.Schedule).HasConversion<string>().HasMaxLength(32);
        campaign.Property(c => c.YearlyDate).HasMaxLength(32);
        campaign.Property(c => c.LastRunKey).HasMaxLength(64);
        campaign.Property(c => c.SurveyCode).HasMaxLength(CampaignDefinition.MaxSurveyCodeLength);
        campaign.Property(c => c.FollowUpReason).HasMaxLength(CampaignDefinition.MaxFollowUpReasonLength);
        campaign.HasIndex(c => new { c.Status, c.Trigger });
    }

    public void Configure(EntityTypeBuilder<BudgetShare> share)
    {
        share.ToTable(
            "budget_shares", table => table.HasCheckConstraint("ck_budget_shares_within_cap", "\"Spent\" <= \"Cap\""));
        share.HasKey(s => new { s.CampaignId, s.ShareKey });
        share.Property(s => s.ShareKey).HasMaxLength(64);
        share.Property(s => s.Cap).HasPrecision(14, 2);
        share.Property(s => s.Spent).HasPrecision(14, 2);
    }

    public void Configure(EntityTypeBuilder<CampaignDelivery> delivery)
    {
        delivery.ToTable("campaign_deliveries");
        delivery.HasKey(d => new { d.CampaignId, d.MemberId, d.RunKey });
        delivery.Property(d => d.RunKey).HasMaxLength(64);
        delivery.Property(d => d.ShareKey).HasMaxLength(64);
        delivery.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(16);
        delivery.Property(d => d.Cost).HasPrecision(12, 2);
        delivery.HasIndex(d => d.MemberId);
        // A campaign's deliveries, newest first (the results page's list).
        delivery.HasIndex(d => new { d.CampaignId, d.At });

        // The deliveries waiting for a retry (RetryCappedDeliveries looks for them every scheduler pass).
        delivery.HasIndex(d => new { d.CampaignId, d.MemberId }).HasFilter("\"Outcome\" = 'FrequencyCapped'")
            .HasDatabaseName("IX_campaign_deliveries_capped");
    }

    public void Configure(EntityTypeBuilder<MemberContact> contact)
    {
        contact.ToTable("member_contacts");
        contact.HasKey(c => c.MemberId);
    }
}
