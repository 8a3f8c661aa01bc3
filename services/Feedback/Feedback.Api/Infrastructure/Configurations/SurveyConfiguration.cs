using Loyalty.Feedback.Api.Domain.Settings;
using Loyalty.Feedback.Api.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Feedback.Api.Infrastructure.Configurations;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> survey)
    {
        survey.ToTable("surveys");
        survey.HasKey(s => new { s.Code, s.Version });
        survey.Property(s => s.Code).HasMaxLength(SurveyDefinition.MaxKeyLength);
        survey.Property(s => s.Name).HasJsonb();
        survey.Property(s => s.Questions).HasJsonb();
    }
}

internal sealed class FeedbackSettingsConfiguration : IEntityTypeConfiguration<FeedbackSettings>
{
    public void Configure(EntityTypeBuilder<FeedbackSettings> settings)
    {
        settings.ToTable("settings");
        settings.HasKey(s => s.Key);
        settings.Property(s => s.Key).ValueGeneratedNever();
        settings.Property(s => s.AfterTreatmentSurveyCode).HasMaxLength(SurveyDefinition.MaxKeyLength);
        settings.Property(s => s.TreatmentCategories).HasJsonb();
        settings.Property(s => s.Channel).HasConversion<string>().HasMaxLength(16);
    }
}
