/**
 * iCIMS: careers-<company>.icims.com/jobs/<id>/<title>/job. The board page frames the ad
 * (?in_iframe=1); inside the frame each part of the ad is one info block.
 */
import { selectorAdapter } from './factory';

export const icims = selectorAdapter({
  id: 'icims',
  name: 'iCIMS',
  matches: ['*://*.icims.com/*'],
  markers: ['.iCIMS_JobContent', '.iCIMS_MainWrapper', '#icims_content_iframe'],
  description: ['.iCIMS_JobContent', '#iCIMS_Content'],
  sections: ['.iCIMS_JobContent .iCIMS_InfoMsg_Job'],
  title: ['.iCIMS_Header h1', 'h1.iCIMS_Header', '.iCIMS_Header', 'h1'],
  location: ['.iCIMS_JobHeaderTag .iCIMS_JobHeaderData', '.header.left span'],
  cards: ['.iCIMS_JobsTable .row', '.iCIMS_JobsTable tr'],
  frame: 'iframe#icims_content_iframe',
});

/*
Test URLs:
https://careers-acme.icims.com/jobs/12345/senior-software-engineer/job
https://careers-acme.icims.com/jobs/12345/senior-software-engineer/job?in_iframe=1
*/
