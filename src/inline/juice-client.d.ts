declare module 'juice/client' {
  import juice from 'juice';
  export default juice;
}
