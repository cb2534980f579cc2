export { MyDataPage } from './MyDataPage';
