-- AlterTable
ALTER TABLE "OutcomeSubscription" ADD COLUMN     "confirmSentAt" TIMESTAMP(3);
