-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "easyReadSummary" JSONB;
