using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HackathonPlatform.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Usage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "GpuHoursPerGroup",
                table: "Hackathons",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxConcurrentGpus",
                table: "Hackathons",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "UsageRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    GroupId = table.Column<int>(type: "integer", nullable: true),
                    HackathonId = table.Column<int>(type: "integer", nullable: true),
                    OwnerKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Flavour = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GpuCount = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StoppedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_GroupId",
                table: "UsageRecords",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_HackathonId",
                table: "UsageRecords",
                column: "HackathonId");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_OwnerKey_StoppedAt",
                table: "UsageRecords",
                columns: new[] { "OwnerKey", "StoppedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UsageRecords");

            migrationBuilder.DropColumn(
                name: "GpuHoursPerGroup",
                table: "Hackathons");

            migrationBuilder.DropColumn(
                name: "MaxConcurrentGpus",
                table: "Hackathons");
        }
    }
}
