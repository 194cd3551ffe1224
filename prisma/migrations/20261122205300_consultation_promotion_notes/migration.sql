-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "promotionNotes" TEXT;
